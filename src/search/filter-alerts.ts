import type { Alert, Language } from "../catalog/schema";
import {
  PLATFORMS,
  type Platform,
  SEVERITIES,
  type Severity,
  TACTICS,
  type Tactic,
} from "../catalog/taxonomy";
import { alertsMatching, matchesTerms, type SearchIndex } from "./search-index";

/**
 * Search text and facets. Within a facet, values combine with OR (High or Medium); facets combine
 * with AND (High and Linux). A facet's counts are taken under every other active filter, so each
 * number says how many alerts that value would show if it were ticked.
 */

export interface Criteria {
  terms: readonly string[];
  severity: readonly Severity[];
  tactic: readonly Tactic[];
  platform: readonly Platform[];
}

export type Facet = "severity" | "tactic" | "platform";

export interface FacetCounts {
  severity: Record<Severity, number>;
  tactic: Record<Tactic, number>;
  platform: Record<Platform, number>;
}

const overlaps = <T>(values: readonly T[], wanted: readonly T[]) =>
  wanted.length === 0 || values.some((value) => wanted.includes(value));

function facetMatches(alert: Alert, criteria: Criteria): Record<Facet, boolean> {
  return {
    severity: criteria.severity.length === 0 || criteria.severity.includes(alert.severity),
    tactic: overlaps(alert.tactics, criteria.tactic),
    platform: overlaps(alert.platforms, criteria.platform),
  };
}

/** The alerts with every term, from the index's remembered answers when `alerts` is what it indexes. */
function withTerms(
  alerts: readonly Alert[],
  index: SearchIndex,
  terms: readonly string[],
  language: Language,
) {
  if (alerts === index.alerts) return alertsMatching(index, language, terms);
  return alerts.filter((alert) => matchesTerms(index, alert, language, terms));
}

export function filterAlerts(
  alerts: readonly Alert[],
  index: SearchIndex,
  criteria: Criteria,
  language: Language,
): Alert[] {
  return withTerms(alerts, index, criteria.terms, language).filter((alert) => {
    const facets = facetMatches(alert, criteria);
    return facets.severity && facets.tactic && facets.platform;
  });
}

const zeros = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, 0])) as Record<T, number>;

export function countFacets(
  alerts: readonly Alert[],
  index: SearchIndex,
  criteria: Criteria,
  language: Language,
): FacetCounts {
  const counts: FacetCounts = {
    severity: zeros(SEVERITIES),
    tactic: zeros(TACTICS),
    platform: zeros(PLATFORMS),
  };
  for (const alert of withTerms(alerts, index, criteria.terms, language)) {
    const { severity, tactic, platform } = facetMatches(alert, criteria);
    if (tactic && platform) counts.severity[alert.severity]++;
    if (severity && platform) for (const value of alert.tactics) counts.tactic[value]++;
    if (severity && tactic) for (const value of alert.platforms) counts.platform[value]++;
  }
  return counts;
}

export const hasActiveFilters = (criteria: Criteria) =>
  criteria.terms.length > 0 ||
  criteria.severity.length > 0 ||
  criteria.tactic.length > 0 ||
  criteria.platform.length > 0;
