import { createSortedRowModel, rowSortingFeature, tableFeatures } from "@tanstack/react-table";

/** Only sorting is registered: search and facets are computed by our own domain code. */
export const alertTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
});
export type AlertTableFeatures = typeof alertTableFeatures;
