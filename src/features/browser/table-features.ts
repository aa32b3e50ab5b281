import { rowSortingFeature, tableFeatures } from "@tanstack/react-table";

/**
 * Only sorting is registered, for its state; the sorted order, the search and the facets are
 * computed by our own domain code (see useAlertTable).
 */
export const alertTableFeatures = tableFeatures({ rowSortingFeature });
export type AlertTableFeatures = typeof alertTableFeatures;
