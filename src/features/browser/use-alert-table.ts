import { type Row, type SortFn, type SortingState, useTable } from "@tanstack/react-table";
import { useEffect, useMemo } from "react";
import type { Alert, Language } from "../../catalog/schema";
import type { SortState } from "../../url/view-state";
import { buildColumns } from "./columns";
import { type AlertTableFeatures, alertTableFeatures } from "./table-features";
import { whenIdle } from "./when-idle";

type AlertRow = Row<AlertTableFeatures, Alert>;
type AlertSortFn = SortFn<AlertTableFeatures, Alert>;

/** Ties break by title, then by ID, so the order never depends on where an alert sits in the file. */
export function sortingFor(sort: SortState): SortingState {
  const ties = (["title", "id"] as const).filter((column) => column !== sort.column);
  return [{ id: sort.column, desc: sort.desc }, ...ties.map((id) => ({ id, desc: false }))];
}

/** Each row's place in the whole catalog under one column's comparison; equal rows share a rank. */
function rankRows(rows: readonly AlertRow[], compare: AlertSortFn, id: string): Int32Array {
  const sorted = [...rows].sort((a, b) => compare(a, b, id));
  const ranks = new Int32Array(rows.length);
  let rank = 0;
  sorted.forEach((row, i) => {
    if (i > 0 && compare(sorted[i - 1] as AlertRow, row, id) !== 0) rank = i;
    ranks[row.index] = rank;
  });
  return ranks;
}

/**
 * A column's own sortFn, applied once to the whole catalog (when the column is first sorted on,
 * or while the page is idle after it loads); after that, sorting compares integers. Titles and
 * IDs compare with Intl.Collator at about a microsecond a call, which made sorting 50,000
 * alerts take most of a second.
 */
function ranked(compare: AlertSortFn, id: string, catalogRows: () => readonly AlertRow[]) {
  let ranks: Int32Array | undefined;
  const rank = () => {
    ranks ??= rankRows(catalogRows(), compare, id);
    return ranks;
  };
  const sortFn: AlertSortFn = (a, b) => {
    const ranks = rank();
    return (ranks[a.index] as number) - (ranks[b.index] as number);
  };
  return { sortFn, warm: rank };
}

/**
 * The table holds the whole catalog and sorts it only when the sort or the language changes;
 * the search and facets (`shown`, any subset of `alerts`) then pick from the sorted rows, so a
 * keystroke costs a pass over the catalog, not a sort. `rows` are the rows to display, in order.
 */
export function useAlertTable(
  alerts: readonly Alert[],
  shown: readonly Alert[],
  sort: SortState,
  language: Language,
) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: ranks belong to one catalog, so it is a dependency
  const { columns, source, warmers } = useMemo(() => {
    const source: { rows: () => readonly AlertRow[] } = { rows: () => [] };
    const warmers: (() => unknown)[] = [];
    const columns = buildColumns(language).map((column) => {
      if (typeof column.sortFn !== "function" || !column.id) return column;
      const { sortFn, warm } = ranked(column.sortFn, column.id, () => source.rows());
      warmers.push(warm);
      return { ...column, sortFn };
    });
    return { columns, source, warmers };
  }, [language, alerts]);
  useEffect(() => whenIdle(warmers), [warmers]);
  const sorting = useMemo(() => sortingFor(sort), [sort]);
  const table = useTable({
    features: alertTableFeatures,
    columns,
    data: alerts as Alert[],
    getRowId: (alert) => alert.id,
    state: { sorting },
    enableMultiSort: true,
  });
  source.rows = () => table.getCoreRowModel().rows;
  const sorted = table.getRowModel().rows;
  const rows = useMemo(() => {
    if (shown.length === alerts.length) return sorted;
    const wanted = new Set(shown);
    return sorted.filter((row) => wanted.has(row.original));
  }, [sorted, shown, alerts]);
  return { table, rows };
}
export type AlertTable = ReturnType<typeof useAlertTable>["table"];
