import type { Alert, Language } from "../catalog/schema";
import { foldText } from "./fold";

/**
 * What a query is matched against, folded once per alert and language when the catalog loads,
 * never per keystroke. Tactic and severity labels are left out on purpose: they have filters.
 */
export type SearchIndex = ReadonlyMap<Alert, Readonly<Record<Language, string>>>;

export function buildSearchIndex(alerts: readonly Alert[]): SearchIndex {
  return new Map(
    alerts.map((alert) => [
      alert,
      {
        fr: foldText(`${alert.id}\n${alert.title.fr}\n${alert.description.fr}`),
        en: foldText(`${alert.id}\n${alert.title.en}\n${alert.description.en}`),
      },
    ]),
  );
}

/** True when every term (already folded) occurs in the alert's text in that language. */
export function matchesTerms(index: SearchIndex, alert: Alert, language: Language, terms: readonly string[]) {
  if (terms.length === 0) return true;
  const haystack = index.get(alert)?.[language] ?? "";
  return terms.every((term) => haystack.includes(term));
}
