import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Alert } from "../../catalog/schema";
import type { ColumnId, SortState } from "../../url/view-state";
import { ColumnHeader } from "./column-header";
import { COLUMN_CLASS } from "./columns";
import type { AlertTable as Table } from "./use-alert-table";

interface AlertTableProps {
  table: Table;
  sort: SortState;
  onSort: (column: ColumnId) => void;
  selectedId: string | null;
  onOpen: (alert: Alert) => void;
}

export function AlertTable({ table, sort, onSort, selectedId, onOpen }: AlertTableProps) {
  const { t } = useTranslation();
  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, alert: Alert) => {
    if (event.key === "Enter" && event.target === event.currentTarget) onOpen(alert);
  };
  return (
    <table className="w-full table-fixed border-collapse text-sm">
      <caption className="sr-only">{t("results.caption")}</caption>
      <thead className="sticky top-0 z-10 border-b border-slate-300 bg-slate-100">
        <tr>
          {table.getFlatHeaders().map((header) => (
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
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr
            key={row.id}
            data-alert-id={row.id}
            tabIndex={-1}
            aria-selected={row.id === selectedId}
            onClick={() => onOpen(row.original)}
            onKeyDown={(event) => onRowKey(event, row.original)}
            className={`cursor-pointer border-b border-slate-200 align-top hover:bg-blue-50 ${
              row.id === selectedId ? "bg-blue-100/70" : "bg-white"
            }`}
          >
            {row.getAllCells().map((cell) => (
              <td key={cell.id} className={`px-3 py-2 ${COLUMN_CLASS[cell.column.id as ColumnId]}`}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
