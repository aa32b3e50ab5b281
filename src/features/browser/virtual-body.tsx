import { useEffect, useRef } from "react";
import type { Alert } from "../../catalog/schema";
import type { ColumnId } from "../../url/view-state";
import { drawRows } from "./alert-table";
import { COLUMN_CLASS } from "./columns";
import { rowsBetween, type ShownRows, type AlertTable as Table } from "./use-alert-table";
import { useVirtualRows } from "./use-virtual-rows";

interface VirtualBodyProps {
  rows: ShownRows;
  table: Table;
  selectedId: string | null;
  onOpen: (alert: Alert) => void;
  columns: readonly ColumnId[];
}

/** The rows of a large result set near the viewport, spacer rows standing in for the others. */
export function VirtualBody({ rows, table, selectedId, onOpen, columns }: VirtualBodyProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  const { start, end, before, after, reveal } = useVirtualRows(rows.positions, body);

  // The alert the detail pane shows is scrolled to, so closing the pane can give its row the focus.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when another alert is selected
  useEffect(() => {
    const position = selectedId ? table.getCoreRowModel().rowsById[selectedId]?.index : undefined;
    if (position !== undefined) reveal(position);
  }, [selectedId]);

  return (
    <tbody ref={body}>
      {before > 0 && <Spacer height={before} columns={columns} />}
      {drawRows(rowsBetween(rows, start, end), { table, selectedId, onOpen }, start + 2)}
      {after > 0 && <Spacer height={after} columns={columns} />}
    </tbody>
  );
}

/**
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
