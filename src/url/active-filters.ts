import type { Platform, Severity, Status, Tactic } from "../catalog/taxonomy";
import type { ViewState } from "./view-state";

/** The facets, in the order the filter panel lists them: the chips follow it. */
export const FACETS = ["severity", "platform", "status", "tactic", "technique"] as const;
export type Facet = (typeof FACETS)[number];

export type ActiveFilter =
  | { facet: "severity"; value: Severity }
  | { facet: "platform"; value: Platform }
  | { facet: "status"; value: Status }
  | { facet: "tactic"; value: Tactic }
  /** An ATT&CK technique ID of our mapping (T1105): shown as it is, not translated. */
  | { facet: "technique"; value: string };

type FacetValues = Pick<ViewState, Facet>;

/** One chip per chosen value: facets in the panel's order, values in taxonomy order (as the URL keeps them). */
export const activeFilters = (view: FacetValues): ActiveFilter[] =>
  FACETS.flatMap((facet) => view[facet].map((value) => ({ facet, value }) as ActiveFilter));

/** The view without one chosen value; the search and every other filter stay. */
export const withoutFilter = <V extends FacetValues>(view: V, filter: ActiveFilter): V => ({
  ...view,
  [filter.facet]: (view[filter.facet] as readonly string[]).filter((value) => value !== filter.value),
});

/** What "Clear all" writes: no facet value, the search left as typed. */
export const NO_FILTERS: FacetValues = { severity: [], platform: [], status: [], tactic: [], technique: [] };
