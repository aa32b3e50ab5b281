/**
 * Search compares folded text: lower case, no accents, ligatures opened, so "execution" finds
 * "Exécution" and "oeuvre" finds "œuvre". Folding runs character by character so that a match
 * in folded text can be mapped back to the original characters for highlighting.
 */

const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", "’": "'", "‘": "'" };

export function foldChar(char: string): string {
  const lower = char.toLowerCase();
  return LIGATURES[lower] ?? lower.normalize("NFD").replace(/\p{M}/gu, "");
}

export function foldText(text: string): string {
  let folded = "";
  for (const char of text) folded += foldChar(char);
  return folded;
}

/** Folded text plus, for each folded code unit, the index of the original character it came from. */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldChar(char);
    folded += piece;
    for (let k = 0; k < piece.length; k++) origin.push(index);
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

/** The words of a query, folded; empty words are dropped. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter((term) => term !== "");
}
