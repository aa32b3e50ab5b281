/**
 * Placeholders are the parts of a description Defender fills in when the alert fires:
 * `{NAME}`, `[compromised entity]`, `%{process path}`. Their words are translated, but each
 * language must keep the same ones, so we compare them by bracket style.
 */
export const PLACEHOLDER = /%\{[^{}]*\}|\{[^{}]*\}|\[[^[\]]*\]/g;

export type PlaceholderStyle = "%{…}" | "{…}" | "[…]";

const styleOf = (token: string): PlaceholderStyle =>
  token.startsWith("%") ? "%{…}" : token.startsWith("{") ? "{…}" : "[…]";

export function placeholderStyles(text: string): PlaceholderStyle[] {
  return (text.match(PLACEHOLDER) ?? []).map(styleOf).sort();
}

/** Splits text into plain and placeholder parts, in order, for display. */
export function splitPlaceholders(text: string): { text: string; placeholder: boolean }[] {
  const parts: { text: string; placeholder: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), placeholder: false });
    parts.push({ text: match[0], placeholder: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), placeholder: false });
  return parts;
}
