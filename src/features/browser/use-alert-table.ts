import { type ColumnFiltersState, type FilterFn, type SortingState, useTable } from "@tanstack/react-table";
import { useMemo } from "react";
import { byRank, compareTitle, givenTitleRanks, inTitleOrder } from "../../catalog/compare";
import type { Alert, Catalog, Language } from "../../catalog/schema";
import { PLATFORMS, SEVERITIES, STATUSES, TACTICS } from "../../catalog/taxonomy";
import {
  countsOf,
  type FacetCounts,
  matchesQuery,
  type SearchQuery,
  searchableText,
  searchQuery,
} from "../../search/filters";
import type { SortState, ViewState } from "../../url/view-state";
import { buildColumns } from "./columns";
import { type AlertTableFeatures, alertTableFeatures } from "./table-features";

/**
 * The one column sorted on. Ties keep the data's order (TanStack's sort falls back on the rows'
 * indexes), which is by title, then by ID (see inTitleOrder), so the order never depends on where
 * an alert sits in the file. With ties as sort columns of their own, a sort of 10,000 alerts took
 * 77 ms of JavaScript, not 17 (CPU profile).
 */
export function sortingFor(sort: SortState): SortingState {
  return [{ id: sort.column, desc: sort.desc }];
}

/** The facets as column filters; a facet with nothing chosen filters nothing. */
export function columnFiltersFor({
  severity,
  tactic,
  platform,
  status,
  technique,
}: Pick<ViewState, keyof FacetCounts>): ColumnFiltersState {
  return [
    { id: "severity", value: severity },
    { id: "tactics", value: tactic },
    { id: "platforms", value: platform },
    { id: "status", value: status },
    { id: "techniques", value: technique },
  ].filter(({ value }) => value.length > 0);
}

/**
 * The column filters, the same array while the facets' choices are: a sort then leaves the
 * filtered rows and the facet counts as they are.
 */
function useColumnFilters({ severity, tactic, platform, status, technique }: ViewState) {
  return useMemo(
    () => columnFiltersFor({ severity, tactic, platform, status, technique }),
    [severity, tactic, platform, status, technique],
  );
}

interface SearchFilter {
  query: SearchQuery;
  language: Language;
}

/**
 * The catalog through TanStack Table: search, facets and sort from the view state. Returns the
 * table's column IDs, its rows and their alerts in order, and where the facet counts come from
 * (see useFacetCounts).
 */
export function useAlertTable(catalog: Catalog, view: ViewState, language: Language) {
  // Each alert's text is folded for search once per language, at the first search (the first view
  // has none), not on every keystroke. A new array per language, in its title order: titles sort by
  // language, so the row models must be worked out again.
  const { textOf, data, columns } = useMemo(() => {
    const folded = new Map<Alert, string>();
    const textOf = (alert: Alert) => {
      let text = folded.get(alert);
      if (text === undefined) {
        text = searchableText(alert, language);
        folded.set(alert, text);
      }
      return text;
    };
    const byTitle = byRank(catalog.alerts, compareTitle(language), givenTitleRanks(catalog, language));
    return {
      textOf,
      data: inTitleOrder(catalog.alerts, byTitle),
      columns: buildColumns(language, catalog.alerts, byTitle),
    };
  }, [catalog, language]);
  const query = useMemo(() => searchQuery(view.q), [view.q]);
  const terms = query.terms;
  const search = useMemo<SearchFilter | undefined>(
    () => (terms.length > 0 ? { query, language } : undefined),
    [query, terms, language],
  );
  const matchesSearch: FilterFn<AlertTableFeatures, Alert> = (row, _columnId, filter: SearchFilter) =>
    matchesQuery(textOf(row.original), filter.query);
  const sorting = useMemo(() => sortingFor(view.sort), [view.sort]);
  const columnFilters = useColumnFilters(view);
  const techniqueIds = useMemo(
    () => (catalog.page.attack?.techniques ?? []).map((technique) => technique.id),
    [catalog],
  );

  const table = useTable({
    features: alertTableFeatures,
    columns,
    data,
    getRowId: (alert) => alert.id,
    // No column's value is ever undefined: without this, every comparison reads both rows' values
    // first to check (sorting 10,000 alerts: 105 → 77 ms a sort in a CPU profile).
    defaultColumn: { sortUndefined: false },
    state: { sorting, columnFilters, globalFilter: search },
    globalFilterFn: matchesSearch,
    // One column stands for the alert's whole text (see matchesSearch).
    getColumnCanGlobalFilter: (column) => column.id === "title",
  });

  const columnIds = useMemo(() => columns.map((column) => column.id ?? ""), [columns]);
  const rows = table.getRowModel().rows;
  const alerts = useMemo(() => rows.map((row) => row.original), [rows]);
  const facets: FacetSource = { table, techniqueIds };
  return { columnIds, rows, alerts, facets, terms };
}

/** Where the facet counts come from: the table, read by useFacetCounts. */
export interface FacetSource {
  table: { getColumn: (id: string) => { getFacetedUniqueValues: () => Map<unknown, number> } | undefined };
  techniqueIds: readonly string[];
}

/**
 * Each facet value's count under the search and the other facets (so each number says how many
 * alerts ticking that value would show). Read by the filter panel, so the counts are worked out in
 * its render, a unit of work of its own that React can pause before, not in the table's: the
 * table's render and the five facets' took 40 ms in one piece per keystroke at 10,000 alerts.
 */
export function useFacetCounts({ table, techniqueIds }: FacetSource): FacetCounts {
  const facet = (id: string) => table.getColumn(id)?.getFacetedUniqueValues() ?? new Map();
  const [severity, tactic, platform, status, technique] = [
    facet("severity"),
    facet("tactics"),
    facet("platforms"),
    facet("status"),
    facet("techniques"),
  ];
  // The same objects while the facets' values are: a facet whose counts did not change is not redrawn.
  return {
    severity: useMemo(() => countsOf(SEVERITIES, severity), [severity]),
    tactic: useMemo(() => countsOf(TACTICS, tactic), [tactic]),
    platform: useMemo(() => countsOf(PLATFORMS, platform), [platform]),
    status: useMemo(() => countsOf(STATUSES, status), [status]),
    technique: useMemo(() => countsOf(techniqueIds, technique), [techniqueIds, technique]),
  };
}
