import { FlexRender, type Row } from "@tanstack/react-table";
import { type KeyboardEvent, memo, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Alert, Catalog } from "../../catalog/schema";
import { preloadableLazy } from "../../ui/preloadable-lazy";
import { useDraft } from "../../ui/use-draft";
import { type ColumnId, nextSort, type OptionalColumn, type SortState } from "../../url/view-state";
import { ColumnHeader } from "./column-header";
import { COLUMN_CLASS } from "./columns";
import type { AlertTableFeatures } from "./table-features";

export type AlertRow = Row<AlertTableFeatures, Alert>;

// Only long catalogs need it (see VIRTUALIZE_ABOVE): the real one never loads it.
const { Component: VirtualRows, preload: loadVirtualRows } = preloadableLazy(() =>
  import("./virtual-rows").then((m) => m.VirtualRows),
);

interface AlertTableProps {
  /** The table's columns, in order (the same array while they are unchanged). */
  columnIds: readonly string[];
  /** The rows to show, in order (the search and facets already applied). */
  rows: readonly AlertRow[];
  sort: SortState;
  /** A header clicked: the new sort, once the header row has painted it (see useDraft). */
  onSort: (sort: SortState) => void;
  selectedId: string | null;
  onOpen: (alert: Alert) => void;
  /** Draw only the rows near the viewport (long catalogs). */
  virtualize: boolean;
  /** The optional columns asked for (the same array while unchanged: the rows are memoised on it). */
  shown: readonly OptionalColumn[];
}

/**
 * Catalogs up to this size draw every row, a real table for find-in-page and printing. Past it,
 * only the rows near the viewport are drawn: 2,000 rows drawn at once take far longer than a
 * keystroke may (see docs/performance.md).
 */
export const VIRTUALIZE_ABOVE = 200;

/**
 * Starts loading the long table's code as soon as a catalog that needs it is in: it arrives while
 * the table's first render works out the rows, and the rows draw without suspending. Should they
 * suspend, there is no Suspense boundary here: the catalog arrives in a transition (see
 * app/use-catalog.ts), which keeps the loading screen up until the code is in. A boundary would
 * show an empty table first, and React then holds the rows back a further 300 ms (its throttle on
 * revealing suspended content).
 */
export function prepareTableFor(catalog: Catalog): void {
  if (catalog.alerts.length > VIRTUALIZE_ABOVE) void loadVirtualRows().catch(() => {});
}

/**
 * The status column only filters (retired alerts wear a badge in their title cell instead); the
 * techniques column is drawn when asked for.
 */
const drawnColumns = (shown: readonly OptionalColumn[]) => (columnId: string) =>
  columnId !== "status" && (columnId !== "techniques" || shown.includes("techniques"));

/**
 * The results as a real table; aria-rowcount and aria-rowindex say where drawn rows sit when some
 * are not. Memoised: it draws again only when its rows, sort or selection change.
 */
export const AlertTable = memo(function AlertTable({
  columnIds,
  rows,
  sort,
  onSort,
  selectedId,
  onOpen,
  virtualize,
  shown,
}: AlertTableProps) {
  const { t } = useTranslation();
  // The alert the detail pane shows is scrolled to (a long table does it with its virtualizer).
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    if (selectedId === null) return;
    const selected = [...(body.current?.rows ?? [])].find((row) => row.dataset.alertId === selectedId);
    selected?.scrollIntoView({ block: "nearest" });
  }, [selectedId]);
  const columns = columnIds.filter(drawnColumns(shown)) as (ColumnId | OptionalColumn)[];
  const draw = (row: AlertRow, rowIndex?: number, measure?: (element: HTMLElement | null) => void) => (
    <AlertTableRow
      key={row.id}
      row={row}
      selected={row.id === selectedId}
      onOpen={onOpen}
      rowIndex={rowIndex}
      measure={measure}
      shown={shown}
    />
  );
  return (
    <table
      aria-rowcount={virtualize ? rows.length + 1 : undefined}
      className="w-full table-fixed border-collapse text-sm"
    >
      <caption className="sr-only">{t("results.caption")}</caption>
      <thead className="sticky top-0 z-10 border-b border-slate-300 bg-slate-100">
        <HeaderRow columns={columns} sort={sort} onSort={onSort} rowIndex={virtualize ? 1 : undefined} />
      </thead>
      {virtualize ? (
        <VirtualRows rows={rows} columns={columns} selectedId={selectedId} draw={draw} />
      ) : (
        <tbody ref={body}>{rows.map((row) => draw(row))}</tbody>
      )}
    </table>
  );
});

interface HeaderRowProps {
  columns: readonly (ColumnId | OptionalColumn)[];
  sort: SortState;
  onSort: (sort: SortState) => void;
  rowIndex: number | undefined;
}

/**
 * The headers keep their own sort: a click draws this row alone, and the sort (the URL, the rows)
 * follows once it is painted. Drawing the whole browser first put a click's frame at 16–17 ms
 * (p95) at 2,000 alerts (docs/performance.md).
 */
function HeaderRow({ columns, sort, onSort, rowIndex }: HeaderRowProps) {
  const { t } = useTranslation();
  const { draft, change } = useDraft(sort);
  const sortBy = (column: ColumnId) => {
    const next = nextSort(draft, column);
    change(next, () => onSort(next));
  };
  return (
    <tr aria-rowindex={rowIndex}>
      {columns.map((column) =>
        column === "techniques" ? (
          <th
            key={column}
            scope="col"
            data-column={column}
            className={`px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase ${COLUMN_CLASS[column]}`}
          >
            {t("columns.techniques")}
          </th>
        ) : (
          <ColumnHeader
            key={column}
            column={column}
            sort={draft}
            onSort={sortBy}
            className={COLUMN_CLASS[column]}
          />
        ),
      )}
    </tr>
  );
}

interface AlertTableRowProps {
  row: AlertRow;
  selected: boolean;
  onOpen: (alert: Alert) => void;
  rowIndex: number | undefined;
  measure: ((element: HTMLElement | null) => void) | undefined;
  shown: readonly OptionalColumn[];
}

/**
 * Memoised: opening an alert or scrolling a long table does not draw the other rows again. It takes
 * no table: TanStack's useTable returns a new object on every render of the browser.
 */
const AlertTableRow = memo(function AlertTableRow({
  row,
  selected,
  onOpen,
  rowIndex,
  measure,
  shown,
}: AlertTableRowProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.key === "Enter" && event.target === event.currentTarget) onOpen(row.original);
  };
  return (
    <tr
      ref={measure}
      data-index={rowIndex === undefined ? undefined : rowIndex - 2}
      data-alert-id={row.id}
      tabIndex={-1}
      aria-selected={selected}
      aria-rowindex={rowIndex}
      onClick={() => onOpen(row.original)}
      onKeyDown={onKeyDown}
      className={`cursor-pointer border-b border-slate-200 align-top hover:bg-blue-50 ${
        selected ? "bg-blue-100/70" : "bg-white"
      }`}
    >
      {row
        .getAllCells()
        .filter((cell) => drawnColumns(shown)(cell.column.id))
        .map((cell) => (
          <td
            key={cell.id}
            className={`px-2 py-1 ${COLUMN_CLASS[cell.column.id as ColumnId | OptionalColumn]}`}
          >
            <FlexRender cell={cell} />
          </td>
        ))}
    </tr>
  );
});
