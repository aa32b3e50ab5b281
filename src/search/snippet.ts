import type { Alert, Language } from "../catalog/schema";
import { foldText, foldWithMap } from "./fold";

export interface Snippet {
  text: string;
  /** Whether text was cut before and after it (the reader sees "…"). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Room before the first match, and the snippet's length: about a line and a half of the table. */
const BEFORE = 50;
const LENGTH = 170;

/**
 * The part of the description that made an alert match, when its ID and title do not show it:
 * the reader of a `pastebin` search sees why an alert with no such word in its title is there.
 * Cut at spaces, around the first match of a word missing from the ID and title.
 */
export function descriptionSnippet(
  alert: Alert,
  language: Language,
  terms: readonly string[],
): Snippet | null {
  if (terms.length === 0) return null;
  const shown = foldText(`${alert.id}\n${alert.title[language]}`);
  const missing = terms.filter((term) => !shown.includes(term));
  if (missing.length === 0) return null;
  const description = alert.description[language];
  const { folded, origin } = foldWithMap(description);
  const found = missing.map((term) => folded.indexOf(term)).filter((at) => at !== -1);
  if (found.length === 0) return null;
  const match = origin[Math.min(...found)] as number;

  let start = Math.max(0, match - BEFORE);
  if (start > 0) start = Math.min(match, description.indexOf(" ", start) + 1 || match);
  let end = Math.min(description.length, start + LENGTH);
  if (end < description.length) {
    const space = description.lastIndexOf(" ", end);
    if (space > match) end = space;
  }
  return {
    text: description.slice(start, end).trim(),
    cutBefore: start > 0,
    cutAfter: end < description.length,
  };
}
