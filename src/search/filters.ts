import type { Alert, Language } from "../catalog/schema";
import type { Platform, Severity, Status, Tactic } from "../catalog/taxonomy";
import { foldText, queryTerms } from "./fold";
import { idKey } from "./id-match";

/**
 * The rules of the search and the facets, used by the table's filter functions. Within a facet,
 * values combine with OR (High or Medium); facets combine with AND (High and Linux). The search
 * needs every word somewhere in the alert's ID, title or description, in the current language;
 * tactic and severity labels are left out on purpose, as they have facets.
 */

export interface Filters {
  q: string;
  severity: readonly Severity[];
  tactic: readonly Tactic[];
  platform: readonly Platform[];
  status: readonly Status[];
  technique: readonly string[];
}

export interface FacetCounts {
  severity: Record<Severity, number>;
  tactic: Record<Tactic, number>;
  platform: Record<Platform, number>;
  status: Record<Status, number>;
  /** By technique ID, for the techniques the catalog's mapping uses. */
  technique: Record<string, number>;
}

/**
 * What the search looks in: the ID's key (see idKey) on the first line, then the ID, title,
 * description and the IDs of our ATT&CK techniques (T1140), folded (case and accents ignored).
 */
export const searchableText = (alert: Alert, language: Language): string =>
  `${idKey(alert.id)}\n${foldText(`${alert.id}\n${alert.title[language]}\n${alert.description[language]}`)}\n${alert.techniques
    .map((technique) => technique.id.toLowerCase())
    .join(" ")}`;

/** True when the text (folded) holds every term (folded). */
export const hasEveryTerm = (text: string, terms: readonly string[]): boolean =>
  terms.every((term) => text.includes(term));

/** A query as the table's filter uses it: its words, and the whole of it as an ID's key. */
export interface SearchQuery {
  terms: readonly string[];
  key: string;
}

export const searchQuery = (q: string): SearchQuery => ({ terms: queryTerms(q), key: idKey(q) });

/**
 * An alert matches when its text holds every word, or its ID holds the whole query however it
 * is spaced, quoted or cased (the portal's `AppServices_KnownCredentialAccessTools`).
 */
export function matchesQuery(text: string, query: SearchQuery): boolean {
  if (hasEveryTerm(text, query.terms)) return true;
  if (query.key === "") return false;
  const at = text.indexOf(query.key);
  return at !== -1 && at < text.indexOf("\n");
}

/** A facet passes an alert with any of the chosen values, or any alert when none is chosen. */
export const hasAnyOf = <T>(values: readonly T[], chosen: readonly T[]): boolean =>
  chosen.length === 0 || values.some((value) => chosen.includes(value));

/** Counts by value, with 0 for a value no alert has. */
export const countsOf = <T extends string>(values: readonly T[], counted: ReadonlyMap<unknown, number>) =>
  Object.fromEntries(values.map((value) => [value, counted.get(value) ?? 0])) as Record<T, number>;

/** Any facet value chosen (the search aside). */
export const hasFacetFilters = (filters: Filters): boolean =>
  filters.severity.length > 0 ||
  filters.tactic.length > 0 ||
  filters.platform.length > 0 ||
  filters.status.length > 0 ||
  filters.technique.length > 0;
