import type { Row } from "@tanstack/react-table";
import { type KeyboardEvent, memo, useEffect, useMemo, useRef } from "react";
import type { Alert } from "../../catalog/schema";
import { useTranslation } from "../../i18n/translation-context";
import type { ColumnId, SortState } from "../../url/view-state";
import { ColumnHeader } from "./column-header";
import { COLUMN_CLASS } from "./columns";
import type { AlertTableFeatures } from "./table-features";
import type { AlertTable as Table } from "./use-alert-table";
import { useVirtualRows } from "./use-virtual-rows";

type AlertRow = Row<AlertTableFeatures, Alert>;

interface AlertTableProps {
  table: Table;
  /** The rows to show, in order (the search and facets already applied). */
  rows: readonly AlertRow[];
  sort: SortState;
  onSort: (column: ColumnId) => void;
  selectedId: string | null;
  onOpen: (alert: Alert) => void;
  /** Draw only the rows in view (large catalogs); see useVirtualRows. */
  virtualize: boolean;
}

/**
 * The results as a real table. Long results draw only the rows near the viewport (see
 * useVirtualRows); aria-rowcount and aria-rowindex then tell assistive technology where each
 * drawn row sits among all of them.
 */
export function AlertTable({ table, rows, sort, onSort, selectedId, onOpen, virtualize }: AlertTableProps) {
  const { t } = useTranslation();
  const body = useRef<HTMLTableSectionElement>(null);
  const keys = useMemo(() => rows.map((row) => row.id), [rows]);
  const virtual = useVirtualRows(keys, body, virtualize);
  const headers = table.getFlatHeaders();
  const columns = headers.map((header) => header.column.id as ColumnId);

  // The alert the detail pane shows is scrolled to, so closing the pane can give its row the focus.
  const reveal = virtual?.reveal;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when another alert is selected
  useEffect(() => {
    if (selectedId) reveal?.(selectedId);
  }, [selectedId]);

  const start = virtual?.start ?? 0;
  const end = virtual?.end ?? rows.length;
  return (
    <table
      aria-rowcount={virtual ? rows.length + 1 : undefined}
      className="w-full table-fixed border-collapse text-sm"
    >
      <caption className="sr-only">{t("results.caption")}</caption>
      <thead className="sticky top-0 z-10 border-b border-slate-300 bg-slate-100">
        <tr aria-rowindex={virtual ? 1 : undefined}>
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
      <tbody ref={body}>
        {virtual && virtual.before > 0 && <Spacer height={virtual.before} columns={columns} />}
        {rows.slice(start, end).map((row, i) => (
          <AlertTableRow
            key={row.id}
            row={row}
            table={table}
            selected={row.id === selectedId}
            onOpen={onOpen}
            rowIndex={virtual ? start + i + 2 : undefined}
          />
        ))}
        {virtual && virtual.after > 0 && <Spacer height={virtual.after} columns={columns} />}
      </tbody>
    </table>
  );
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

/**
 * Stands in for rows that are not drawn; hidden from assistive technology, which gets aria-rowcount.
 * One cell per column with the column's classes, so columns hidden at a narrow width are hidden
 * here too (a cell spanning them all would bring them back and squeeze the others).
 */
function Spacer({ height, columns }: { height: number; columns: readonly ColumnId[] }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a row is not focusable without tabIndex; this one has none
    <tr aria-hidden="true">
      {columns.map((column, i) => (
        <td
          key={column}
          className={`border-0 p-0 ${COLUMN_CLASS[column]}`}
          style={i === 0 ? { height } : undefined}
        />
      ))}
    </tr>
  );
}
