import { highlightMatches } from "../search/highlight";

/** Text with the search terms marked; plain text nodes only, never markup. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return text;
  return highlightMatches(text, terms).map((part, index) =>
    part.match ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
      <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
