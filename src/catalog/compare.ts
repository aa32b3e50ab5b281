import { fnv1a } from "./fingerprint";
import type { Alert, Catalog, Language } from "./schema";
import { PLATFORMS, severityRank, tacticRank } from "./taxonomy";

/**
 * Ascending comparisons for each column (the table reverses them for descending order).
 * Severity and tactics sort by meaning, never alphabetically: "ascending" severity is
 * Informational → High, and tactics order by the earliest kill-chain stage an alert covers.
 */

const NONE = Number.MAX_SAFE_INTEGER;

export const compareSeverity = (a: Alert, b: Alert) => severityRank(b.severity) - severityRank(a.severity);

/** Tactics are stored in kill-chain order, so position 0 is the earliest stage an alert covers. */
const rankAt = (alert: Alert, position: number) => {
  const tactic = alert.tactics[position];
  return tactic ? tacticRank(tactic) : NONE;
};
/** By earliest stage; on a tie, by the next stages; no tactic at all sorts last. */
export const compareTactics = (a: Alert, b: Alert) => {
  for (let i = 0; i < Math.max(a.tactics.length, b.tactics.length, 1); i++) {
    const byStage = rankAt(a, i) - rankAt(b, i);
    if (byStage !== 0) return byStage;
  }
  return 0;
};

const platformKey = (alert: Alert) =>
  alert.platforms.length === 0
    ? NONE
    : alert.platforms.reduce((sum, p) => sum + (1 << PLATFORMS.indexOf(p)), 0);
export const comparePlatforms = (a: Alert, b: Alert) => platformKey(a) - platformKey(b);

const collators: Partial<Record<Language, Intl.Collator>> = {};
function textCollator(language: Language): Intl.Collator {
  collators[language] ??= new Intl.Collator(language, { sensitivity: "base", numeric: true });
  return collators[language];
}

export const compareTitle = (language: Language) => (a: Alert, b: Alert) =>
  textCollator(language).compare(a.title[language], b.title[language]);
export const compareId = (a: Alert, b: Alert) => textCollator("en").compare(a.id, b.id);

/** Each alert's rank under `compare`, in the order of `alerts`; equal alerts share a rank. */
export function ranksOf(alerts: readonly Alert[], compare: (a: Alert, b: Alert) => number): number[] {
  const order = alerts.map((_, i) => i).sort((i, j) => compare(alerts[i] as Alert, alerts[j] as Alert));
  const ranks: number[] = [];
  order.forEach((index, position) => {
    const previous = order[position - 1];
    const tied = previous !== undefined && compare(alerts[previous] as Alert, alerts[index] as Alert) === 0;
    ranks[index] = tied ? (ranks[previous] ?? position) : position;
  });
  return ranks;
}

/** A key of the alerts' titles, in order: ranks worked out for other titles, or another order, do not fit. */
export const titlesKey = (alerts: readonly Alert[]): string =>
  fnv1a(alerts.map((alert) => `${alert.title.fr}\n${alert.title.en}`).join("\n"));

/** A catalog's titleRanks for these alerts (see schema.ts). */
export const titleRanksOf = (alerts: readonly Alert[]): NonNullable<Catalog["titleRanks"]> => ({
  fr: ranksOf(alerts, compareTitle("fr")),
  en: ranksOf(alerts, compareTitle("en")),
  key: titlesKey(alerts),
});

/** The catalog's ranks in `language` if they were worked out for exactly these titles, in this order. */
export const givenTitleRanks = (catalog: Catalog, language: Language): readonly number[] | undefined =>
  catalog.titleRanks && catalog.titleRanks.key === titlesKey(catalog.alerts)
    ? catalog.titleRanks[language]
    : undefined;

/**
 * `compare` turned into a lookup of each alert's rank, worked out once (on first use) for these
 * alerts: with a collator compared on every sort, a keystroke at 2,000 alerts took 48 ms (median;
 * p95 119 ms) in npm run bench, as the table sorts again whenever the search changes. `given`:
 * the ranks already worked out (the catalog's titleRanks), used when there is one per alert.
 */
export function byRank(
  alerts: readonly Alert[],
  compare: (a: Alert, b: Alert) => number,
  given?: readonly number[],
) {
  let ranks: Map<Alert, number> | undefined;
  return (a: Alert, b: Alert): number => {
    if (!ranks) {
      const known = given?.length === alerts.length ? given : ranksOf(alerts, compare);
      ranks = new Map(alerts.map((alert, i) => [alert, known[i] ?? 0]));
    }
    return (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0);
  };
}

/**
 * The alerts by title (`byTitle`, a byRank of compareTitle), then by ID where titles tie: the table
 * holds them in this order, and its sort is stable, so any sort breaks its ties this way without
 * comparing titles and IDs again. An ID is compared only between tied titles: a catalog of
 * distinct titles builds no collator for IDs.
 */
export const inTitleOrder = (alerts: readonly Alert[], byTitle: (a: Alert, b: Alert) => number): Alert[] =>
  [...alerts].sort((a, b) => byTitle(a, b) || compareId(a, b));
