import { type SortingState, useTable } from "@tanstack/react-table";
import { useMemo } from "react";
import type { Alert, Language } from "../../catalog/schema";
import type { SortState } from "../../url/view-state";
import { buildColumns } from "./columns";
import { alertTableFeatures } from "./table-features";

/** Ties break by title, then by ID, so the order never depends on where an alert sits in the file. */
export function sortingFor(sort: SortState): SortingState {
  const ties = (["title", "id"] as const).filter((column) => column !== sort.column);
  return [{ id: sort.column, desc: sort.desc }, ...ties.map((id) => ({ id, desc: false }))];
}

export function useAlertTable(alerts: Alert[], sort: SortState, language: Language) {
  const columns = useMemo(() => buildColumns(language), [language]);
  const sorting = useMemo(() => sortingFor(sort), [sort]);
  return useTable({
    features: alertTableFeatures,
    columns,
    data: alerts,
    getRowId: (alert) => alert.id,
    state: { sorting },
    enableMultiSort: true,
  });
}
export type AlertTable = ReturnType<typeof useAlertTable>;
