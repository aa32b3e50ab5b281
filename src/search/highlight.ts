import { foldWithMap } from "./fold";

export interface TextPart {
  text: string;
  match: boolean;
}

/** Splits text into parts, marking every occurrence of any term (terms already folded). */
export function highlightMatches(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0 || text === "") return [{ text, match: false }];
  const { folded, origin } = foldWithMap(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const start = origin[at] as number;
      // The end is the start of the character after the term's last folded unit.
      const last = origin[at + term.length - 1] as number;
      let next = at + term.length;
      while ((origin[next] as number) <= last) next++;
      const end = origin[next] as number;
      for (let i = start; i < end; i++) marked[i] = true;
    }
  }
  const parts: TextPart[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      parts.push({ text: text.slice(start, i), match: marked[start] === true });
      start = i;
    }
  }
  return parts;
}
