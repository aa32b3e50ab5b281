import { useTranslation } from "react-i18next";
import type { ColumnId, SortState } from "../../url/view-state";

interface ColumnHeaderProps {
  column: ColumnId;
  sort: SortState;
  onSort: (column: ColumnId) => void;
  className: string;
}

/** A header is a button: click or Enter/Space sorts; aria-sort tells assistive technology. */
export function ColumnHeader({ column, sort, onSort, className }: ColumnHeaderProps) {
  const { t } = useTranslation();
  const active = sort.column === column;
  const direction = active ? (sort.desc ? "descending" : "ascending") : "none";
  return (
    <th
      scope="col"
      aria-sort={direction}
      data-column={column}
      className={`px-2 py-1.5 text-left ${className}`}
    >
      <button
        type="button"
        onClick={() => onSort(column)}
        className="inline-flex items-center gap-1 rounded text-xs font-semibold tracking-wide text-slate-700 uppercase hover:text-slate-950"
      >
        {t(`columns.${column}`)}
        <span aria-hidden="true" className={active ? "text-slate-900" : "text-slate-400"}>
          {active ? (sort.desc ? "↓" : "↑") : "↕"}
        </span>
      </button>
    </th>
  );
}
