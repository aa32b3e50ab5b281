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

/** Characters that fold to something else: capitals and anything outside ASCII (whole code points). */
const NEEDS_FOLDING = /[A-Z]|[^\0-\x7f]/gu;
/** Anything outside ASCII, a surrogate pair as one character (faster than the u flag). */
const NON_ASCII = /[\ud800-\udbff][\udc00-\udfff]|[^\0-\x7f]/g;
const foldedChars = new Map<string, string>();
const foldCached = (char: string) => {
  let result = foldedChars.get(char);
  if (result === undefined) {
    result = foldChar(char);
    foldedChars.set(char, result);
  }
  return result;
};

/**
 * The same as folding each character with foldChar, but fast enough for 50,000 descriptions: the
 * engine lower-cases the whole string, then each character outside ASCII (an accent or two per
 * word in French, none in English) is folded once and remembered. The one difference between
 * lower-casing a string and each of its characters is the Greek final sigma (Σ becomes ς at the
 * end of a word), so text with a Σ goes character by character.
 */
export function foldText(text: string): string {
  if (text.includes("Σ")) return text.replace(NEEDS_FOLDING, foldCached);
  return text.toLowerCase().replace(NON_ASCII, foldCached);
}

/** Folded text plus, for each folded code unit, the index of the original character it came from. */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldCached(char);
    folded += piece;
    for (let k = 0; k < piece.length; k++) origin.push(index);
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

/** Quotes around a word: a pasted "ID" or « phrase » looks for what is inside. */
const QUOTES_AROUND = /^["'`«»“”„‹›]+|["'`«»“”„‹›]+$/g;

/** The words of a query, folded, without the quotes around them; empty words are dropped. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .map((term) => term.replace(QUOTES_AROUND, ""))
    .filter((term) => term !== "");
}
