import { type Row, type SortFn, type SortingState, useTable } from "@tanstack/react-table";
import { useEffect, useMemo } from "react";
import { createRanking, type Ranking } from "../../catalog/ranking";
import type { Alert, Language } from "../../catalog/schema";
import type { SortState } from "../../url/view-state";
import { buildColumns } from "./columns";
import { type AlertTableFeatures, alertTableFeatures } from "./table-features";
import { type IdleTask, whenIdle } from "./when-idle";

type AlertRow = Row<AlertTableFeatures, Alert>;
type AlertSortFn = SortFn<AlertTableFeatures, Alert>;

/** Ties break by title, then by ID, so the order never depends on where an alert sits in the file. */
export function sortingFor(sort: SortState): SortingState {
  const ties = (["title", "id"] as const).filter((column) => column !== sort.column);
  return [{ id: sort.column, desc: sort.desc }, ...ties.map((id) => ({ id, desc: false }))];
}

/**
 * A column's own sortFn, applied once to the whole catalog (when the column is first sorted on,
 * or in slices while the page is idle after it loads); after that, sorting compares integers.
 * Titles and IDs compare with Intl.Collator at about a microsecond a call, which made sorting
 * 50,000 alerts take most of a second.
 */
function ranked(compare: AlertSortFn, id: string, catalogRows: () => readonly AlertRow[]) {
  let ranking: Ranking | undefined;
  const rankingOf = () => {
    if (!ranking) {
      const rows = catalogRows(); // in catalog order: row.index is the position
      ranking = createRanking(rows.length, (a, b) => compare(rows[a] as AlertRow, rows[b] as AlertRow, id));
    }
    return ranking;
  };
  let ranks: Int32Array | undefined;
  const sortFn: AlertSortFn = (a, b) => {
    ranks ??= rankingOf().ranks(); // a sort calls this some 150,000 times at 10,000 alerts
    return (ranks[a.index] as number) - (ranks[b.index] as number);
  };
  const warm: IdleTask = (stop) => rankingOf().advance(stop);
  return { sortFn, warm };
}

/**
 * The table holds the whole catalog and sorts it only when the sort or the language changes;
 * the search and facets (`shown`: the catalog positions of the alerts they keep) then pick from the sorted rows, so a
 * keystroke costs a pass over the catalog, not a sort. `rows` are the rows to display, in order.
 */
export function useAlertTable(
  alerts: readonly Alert[],
  shown: Int32Array,
  sort: SortState,
  language: Language,
) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: ranks belong to one catalog, so it is a dependency
  const { columns, source, warmers } = useMemo(() => {
    const source: { rows: () => readonly AlertRow[] } = { rows: () => [] };
    const warmers: IdleTask[] = [];
    const columns = buildColumns(language).map((column) => {
      if (typeof column.sortFn !== "function" || !column.id) return column;
      const { sortFn, warm } = ranked(column.sortFn, column.id, () => source.rows());
      warmers.push(warm);
      // Never undefined: without this TanStack reads both rows' values on every comparison (the
      // default sortUndefined: 1), which was half the time of a 10,000-alert sort.
      return { ...column, sortFn, sortUndefined: false as const };
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
    // A row's index is its alert's place in the catalog, which is what `shown` lists.
    const wanted = new Uint8Array(alerts.length);
    for (const position of shown) wanted[position] = 1;
    return sorted.filter((row) => wanted[row.index] === 1);
  }, [sorted, shown, alerts]);
  return { table, rows };
}
export type AlertTable = ReturnType<typeof useAlertTable>["table"];
