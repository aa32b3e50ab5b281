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
  /** The alerts whose text has every term (terms already folded), in the order of `alerts`. */
  matching(language: Language, terms: readonly string[]): readonly Alert[];
  positionOf(alert: Alert): number | undefined;
}

/** Answers kept per language: a few words typed and erased, at 4 bytes an alert each. */
const REMEMBERED_ANSWERS = 16;

/** True when every alert with all the `next` terms also has all the `previous` ones. */
const narrows = (next: readonly string[], previous: readonly string[]) =>
  previous.every((old) => next.some((term) => term.includes(old)));

export function buildSearchIndex(alerts: readonly Alert[]): SearchIndex {
  const texts: Partial<Record<Language, string[]>> = {};
  type Answer = { terms: readonly string[]; positions: number[]; alerts: Alert[] };
  const answers: Record<Language, Map<string, Answer>> = {
    fr: new Map(),
    en: new Map(),
  };
  let positions: Map<Alert, number> | undefined;

  const textsIn = (language: Language) => {
    texts[language] ??= alerts.map((alert) =>
      foldText(`${alert.id}\n${alert.title[language]}\n${alert.description[language]}`),
    );
    return texts[language];
  };

  const matching = (language: Language, terms: readonly string[]): Alert[] => {
    const remembered = answers[language];
    const key = terms.join(" ");
    const known = remembered.get(key);
    if (known) {
      remembered.delete(key); // most recently used last
      remembered.set(key, known);
      return known.alerts;
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
    const answer = { terms, positions: found, alerts: found.map((i) => alerts[i] as Alert) };
    remembered.set(key, answer);
    return answer.alerts;
  };

  return {
    alerts,
    texts: textsIn,
    matching,
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
