import type { Row } from "@tanstack/react-table";
import { type KeyboardEvent, memo } from "react";
import type { Alert } from "../../catalog/schema";
import { useTranslation } from "../../i18n/translation-context";
import { later, useLoaded } from "../../ui/loaded-later";
import type { ColumnId, SortState } from "../../url/view-state";
import { ColumnHeader } from "./column-header";
import { COLUMN_CLASS } from "./columns";
import type { AlertTableFeatures } from "./table-features";
import { rowsBetween, type ShownRows, type AlertTable as Table } from "./use-alert-table";

type AlertRow = Row<AlertTableFeatures, Alert>;

interface AlertTableProps {
  table: Table;
  /** The rows to show, in order (the search and facets already applied). */
  rows: ShownRows;
  sort: SortState;
  onSort: (column: ColumnId) => void;
  selectedId: string | null;
  onOpen: (alert: Alert) => void;
  /** Draw only the rows in view (large catalogs); see useVirtualRows. */
  virtualize: boolean;
}

/**
 * Catalogs up to this size draw every row: a real table for find-in-page. Larger ones always draw
 * only the rows in view, whatever the search leaves: drawing a couple of hundred rows at once
 * (a facet that narrows 10,000 alerts to 150) takes longer than a click should. So do the first
 * alerts of a large catalog shown while the rest downloads.
 */
export const VIRTUALIZE_ABOVE = 200;
/**
 * Drawn in the first frame: a screenful on most screens. A large result set draws no more until
 * the code that draws only the rows in view is in; a short one draws the rest once the first
 * frame is on screen (its render and layout took a third of the time to the first row).
 */
const FIRST_ROWS = 20;
// Large catalogs only: the first view draws their first rows without it.
const virtualChunk = later(() => import("./virtual-body"));
// Nothing to fetch: true once the first view has been drawn (see FIRST_ROWS).
const firstViewDrawn = later(async () => true);

/**
 * The results as a real table. Long results draw only the rows near the viewport (see
 * useVirtualRows, in virtual-body.tsx); aria-rowcount and aria-rowindex then tell assistive
 * technology where each drawn row sits among all of them.
 */
export function AlertTable({ table, rows, sort, onSort, selectedId, onOpen, virtualize }: AlertTableProps) {
  const { t } = useTranslation();
  const virtual = useLoaded(virtualChunk);
  const restDrawn = useLoaded(firstViewDrawn) === true;
  const headers = table.getFlatHeaders();
  const columns = headers.map((header) => header.column.id as ColumnId);
  const partial = !virtualize && !restDrawn && rows.positions.length > FIRST_ROWS;
  return (
    <table
      aria-rowcount={virtualize ? rows.positions.length + 1 : undefined}
      aria-busy={partial || undefined}
      className="w-full table-fixed border-collapse text-sm"
    >
      <caption className="sr-only">{t("results.caption")}</caption>
      <thead className="sticky top-0 z-10 border-b border-slate-300 bg-slate-100">
        <tr aria-rowindex={virtualize ? 1 : undefined}>
          {headers.map((header) => (
            <ColumnHeader
              key={header.id}
              column={header.column.id as ColumnId}
              sort={sort}
              onSort={onSort}
              className={COLUMN_CLASS[header.column.id as ColumnId]}
            />
          ))}
        </tr>
      </thead>
      {virtualize && virtual ? (
        <virtual.VirtualBody
          rows={rows}
          table={table}
          selectedId={selectedId}
          onOpen={onOpen}
          columns={columns}
        />
      ) : (
        <tbody>
          {drawRows(
            rowsBetween(rows, 0, virtualize || partial ? FIRST_ROWS : undefined),
            { table, selectedId, onOpen },
            virtualize ? 2 : undefined,
          )}
        </tbody>
      )}
    </table>
  );
}

/**
 * A run of rows, in order. `firstRowIndex` is the first one's aria-rowindex, for a table that
 * draws only some of its rows (the header row is 1); none when every row is drawn.
 */
export function drawRows(
  rows: readonly AlertRow[],
  { table, selectedId, onOpen }: { table: Table; selectedId: string | null; onOpen: (alert: Alert) => void },
  firstRowIndex?: number,
) {
  return rows.map((row, i) => (
    <AlertTableRow
      key={row.id}
      row={row}
      table={table}
      selected={row.id === selectedId}
      onOpen={onOpen}
      rowIndex={firstRowIndex === undefined ? undefined : firstRowIndex + i}
    />
  ));
}

interface AlertTableRowProps {
  row: AlertRow;
  table: Table;
  selected: boolean;
  onOpen: (alert: Alert) => void;
  rowIndex: number | undefined;
}

/** Memoised: scrolling a long table adds and removes rows without drawing the others again. */
const AlertTableRow = memo(function AlertTableRow({
  row,
  table,
  selected,
  onOpen,
  rowIndex,
}: AlertTableRowProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.key === "Enter" && event.target === event.currentTarget) onOpen(row.original);
  };
  return (
    <tr
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
      {row.getAllCells().map((cell) => (
        <td key={cell.id} className={`px-3 py-2 ${COLUMN_CLASS[cell.column.id as ColumnId]}`}>
          <table.FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
});
