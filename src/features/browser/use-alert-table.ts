import { type Row, type SortFn, type SortingState, useTable } from "@tanstack/react-table";
import { useEffect, useMemo } from "react";
import { createRanking, keepInOrder, orderByRanks, type Ranking, type RankKey } from "../../catalog/ranking";
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
 * or in slices while the page is idle after it loads) to rank every alert; sorting then orders
 * by ranks in linear time (orderByRanks). Titles and IDs compare with Intl.Collator at about a
 * microsecond a call, which made sorting 50,000 alerts take most of a second.
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
  const ranks = () => rankingOf().ranks();
  const warm: IdleTask = (stop) => rankingOf().advance(stop);
  return { ranks, warm };
}

/**
 * The table holds the whole catalog, in catalog order, and TanStack Table the sorting state; the
 * order is worked out here from each column's ranks (`manualSorting`), only when the sort or the
 * language changes. The search and facets (`shown`: the catalog positions of the alerts they
 * keep) then pick from that order, so a keystroke costs a pass over the catalog, not a sort.
 * `shownRows` are the rows to display, in order.
 */
export function useAlertTable(
  alerts: readonly Alert[],
  shown: Int32Array,
  sort: SortState,
  language: Language,
) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: ranks belong to one catalog, so it is a dependency
  const { columns, source, warmers, ranksOf, tieOrders } = useMemo(() => {
    const source: { rows: () => readonly AlertRow[] } = { rows: () => [] };
    const warmers: IdleTask[] = [];
    const ranksOf = new Map<string, () => Int32Array>();
    const columns = buildColumns(language).map((column) => {
      if (typeof column.sortFn === "function" && column.id) {
        const { ranks, warm } = ranked(column.sortFn, column.id, () => source.rows());
        warmers.push(warm);
        ranksOf.set(column.id, ranks);
      }
      return column;
    });
    return { columns, source, warmers, ranksOf, tieOrders: new Map<string, Int32Array>() };
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
    manualSorting: true,
  });
  const catalogRows = table.getCoreRowModel().rows;
  source.rows = () => catalogRows;
  const order = useMemo(() => {
    const [first, ...rest] = sorting.filter(({ id }) => ranksOf.has(id));
    const keyOf = ({ id, desc }: { id: string; desc: boolean }): RankKey => ({
      ranks: (ranksOf.get(id) as () => Int32Array)(),
      desc,
    });
    // The ties (title, then ID) are the same for most sorts: their order is worked out once.
    const ties = rest.map(({ id, desc }) => `${id}${desc ? "-" : "+"}`).join();
    let byTies = tieOrders.get(ties);
    if (!byTies) {
      byTies = orderByRanks(alerts.length, rest.map(keyOf));
      tieOrders.set(ties, byTies);
    }
    return orderByRanks(alerts.length, first ? [keyOf(first)] : [], byTies);
  }, [sorting, ranksOf, tieOrders, alerts]);
  // Positions only: a pass that touched each of 50,000 row objects cost milliseconds per change.
  const shownRows = useMemo<ShownRows>(
    () => ({
      positions: keepInOrder(order, shown, alerts.length),
      // A row's index is its alert's place in the catalog, which is what `order` and `shown` list.
      rowAt: (position) => catalogRows[position] as AlertRow,
    }),
    [order, shown, alerts, catalogRows],
  );
  return { table, shownRows };
}

/** The rows to display: their alerts' catalog positions in display order, and each one's row. */
export interface ShownRows {
  positions: Int32Array;
  rowAt: (position: number) => AlertRow;
}

/** The shown rows from `start` to `end` (display indexes), as rows. */
export function rowsBetween({ positions, rowAt }: ShownRows, start = 0, end = positions.length) {
  return Array.from(positions.subarray(start, end), rowAt);
}
export type AlertTable = ReturnType<typeof useAlertTable>["table"];
