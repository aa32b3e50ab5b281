import type { Alert, Language } from "../catalog/schema";
import { foldText } from "./fold";

/**
 * What a query is matched against: each alert's ID, title and description, folded once per
 * language (the first time that language is searched: a catalog that is only browsed never pays
 * for it), never per keystroke. Tactic and severity labels are left out on purpose: they have
 * filters. The index also remembers its recent answers, so typing on narrows the last answer
 * instead of scanning the whole catalog again, and Backspace finds the answer it had.
 */
export interface SearchIndex {
  readonly alerts: readonly Alert[];
  /** The folded text of every alert, in the order of `alerts`. */
  texts(language: Language): readonly string[];
  /** Folds a language's text ahead of time, until `stop()` says so; true once all is folded. */
  prepare(language: Language, stop: () => boolean): boolean;
  /** The alerts whose text has every term (terms already folded), in the order of `alerts`. */
  matching(language: Language, terms: readonly string[]): readonly Alert[];
  /** Where those alerts sit in `alerts`, ascending. */
  matchingPositions(language: Language, terms: readonly string[]): readonly number[];
  positionOf(alert: Alert): number | undefined;
}

/** Answers kept per language: a few words typed and erased, at 4 bytes an alert each. */
const REMEMBERED_ANSWERS = 16;

/** True when every alert with all the `next` terms also has all the `previous` ones. */
const narrows = (next: readonly string[], previous: readonly string[]) =>
  previous.every((old) => next.some((term) => term.includes(old)));

export function buildSearchIndex(alerts: readonly Alert[]): SearchIndex {
  const texts: Partial<Record<Language, string[]>> = {};
  type Answer = { terms: readonly string[]; positions: number[] };
  const answers: Record<Language, Map<string, Answer>> = {
    fr: new Map(),
    en: new Map(),
  };
  let positions: Map<Alert, number> | undefined;

  const folded: Record<Language, string[]> = { fr: [], en: [] };
  const prepare = (language: Language, stop: () => boolean) => {
    if (texts[language]) return true;
    const done = folded[language];
    while (done.length < alerts.length) {
      const alert = alerts[done.length] as Alert;
      done.push(foldText(`${alert.id}\n${alert.title[language]}\n${alert.description[language]}`));
      if (done.length % 64 === 0 && stop()) return false;
    }
    texts[language] = done;
    return true;
  };
  const textsIn = (language: Language) => {
    prepare(language, () => false);
    return texts[language] as string[];
  };

  const answer = (language: Language, terms: readonly string[]): Answer => {
    const remembered = answers[language];
    const key = terms.join(" ");
    const known = remembered.get(key);
    if (known) {
      remembered.delete(key); // most recently used last
      remembered.set(key, known);
      return known;
    }
    const haystacks = textsIn(language);
    // The smallest remembered answer that this query can only narrow; else the whole catalog.
    let candidates: number[] | null = null;
    for (const answer of remembered.values()) {
      if (
        (candidates === null || answer.positions.length < candidates.length) &&
        narrows(terms, answer.terms)
      )
        candidates = answer.positions;
    }
    const found: number[] = [];
    const matches = (i: number) => terms.every((term) => (haystacks[i] as string).includes(term));
    if (candidates) {
      for (const i of candidates) if (matches(i)) found.push(i);
    } else {
      for (let i = 0; i < haystacks.length; i++) if (matches(i)) found.push(i);
    }
    if (remembered.size >= REMEMBERED_ANSWERS) remembered.delete(remembered.keys().next().value as string);
    const fresh = { terms, positions: found };
    remembered.set(key, fresh);
    return fresh;
  };

  return {
    alerts,
    texts: textsIn,
    prepare,
    matching: (language, terms) => answer(language, terms).positions.map((i) => alerts[i] as Alert),
    matchingPositions: (language, terms) => answer(language, terms).positions,
    positionOf(alert) {
      positions ??= new Map(alerts.map((each, i) => [each, i]));
      return positions.get(alert);
    },
  };
}

/** True when every term (already folded) occurs in the alert's text in that language. */
export function matchesTerms(index: SearchIndex, alert: Alert, language: Language, terms: readonly string[]) {
  if (terms.length === 0) return true;
  const position = index.positionOf(alert);
  const haystack = position === undefined ? "" : (index.texts(language)[position] ?? "");
  return terms.every((term) => haystack.includes(term));
}

/** The alerts whose text has every term, in index order; all of them without terms. */
export function alertsMatching(
  index: SearchIndex,
  language: Language,
  terms: readonly string[],
): readonly Alert[] {
  return terms.length === 0 ? index.alerts : index.matching(language, terms);
}
