import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ColumnId, OptionalColumn } from "../../url/view-state";
import type { AlertRow } from "./alert-table";
import { COLUMN_CLASS } from "./columns";

interface VirtualRowsProps {
  rows: readonly AlertRow[];
  columns: readonly (ColumnId | OptionalColumn)[];
  selectedId: string | null;
  /** Draws a row, given its aria-rowindex and the virtualizer's measuring ref. */
  draw: (row: AlertRow, rowIndex: number, measure: (element: HTMLElement | null) => void) => ReactNode;
}

/** A table body of the rows near the viewport; the page scrolls as a page, spacer rows stand in for the rest. */
export function VirtualRows({ rows, columns, selectedId, draw }: VirtualRowsProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const top = body.current?.getBoundingClientRect().top;
    if (top !== undefined) setScrollMargin(top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => 64,
    overscan: 5,
    scrollMargin,
    getItemKey: (index) => rows[index]?.id ?? index,
  });

  // The alert the detail pane shows is scrolled to, so closing the pane can give its row the focus.
  const selectedIndex = selectedId === null ? -1 : rows.findIndex((row) => row.id === selectedId);
  useEffect(() => {
    if (selectedIndex !== -1) virtualizer.scrollToIndex(selectedIndex, { align: "auto" });
  }, [virtualizer, selectedIndex]);

  const items = virtualizer.getVirtualItems();
  const before = (items[0]?.start ?? scrollMargin) - scrollMargin;
  const after = virtualizer.getTotalSize() - ((items.at(-1)?.end ?? scrollMargin) - scrollMargin);
  return (
    <tbody ref={body}>
      {before > 0 && <Spacer height={before} columns={columns} />}
      {items.map((item) => draw(rows[item.index] as AlertRow, item.index + 2, virtualizer.measureElement))}
      {after > 0 && <Spacer height={after} columns={columns} />}
    </tbody>
  );
}

/**
 * One cell per column with the column's classes, so columns hidden at a narrow width are hidden
 * here too (a cell spanning them all would bring them back and squeeze the others).
 */
function Spacer({ height, columns }: { height: number; columns: readonly (ColumnId | OptionalColumn)[] }) {
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
