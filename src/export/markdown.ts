/**
 * Markdown that stays text wherever it is pasted (a wiki, a ticket): catalog text and values from a
 * link are escaped so that nothing in them becomes a link, an image, HTML, code or a new line.
 */

/** Folds line breaks (a new line would start a new block, or end a table row) into one space. */
const oneLine = (value: string) => value.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ").trim();

/** `\`, `|`, `<`, `[`, `]` and backticks: what would open HTML, a link, an image, code or a new cell. */
const escapeInline = (value: string) => value.replace(/[\\|<[\]`]/g, "\\$&");

/** Inline text: escaped, line breaks folded. */
export const markdownText = (value: string): string => escapeInline(oneLine(value));

const SLOT = "\u0000";
/**
 * A sentence of ours with Markdown of ours inside ("Source: [page](url)"): the sentence is escaped
 * as text, the Markdown goes in where the sentence puts its slot.
 */
export const markdownAround = (sentence: (slot: string) => string, markdown: string): string =>
  sentence(SLOT).split(SLOT).map(escapeInline).join(markdown);

/** Inline code that survives backticks inside the value; `|` escaped, as GFM tables require. */
export function markdownCode(value: string): string {
  const text = oneLine(value);
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = text.startsWith("`") || text.endsWith("`") ? ` ${text} ` : text;
  return `${fence}${padded.replace(/\|/g, "\\|")}${fence}`;
}

/** A URL as a link destination or autolink: what would end one (`<`, `>`, spaces) percent-encoded. */
export const markdownUrl = (url: string): string =>
  `<${url.replace(/[<>\s]/g, (char) => encodeURIComponent(char))}>`;

/** A table; each cell already escaped (with markdownText or markdownCode). */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}
