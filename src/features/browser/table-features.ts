import {
  columnFacetingFeature,
  columnFilteringFeature,
  createFacetedRowModel,
  createFacetedUniqueValues,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";

/**
 * TanStack Table does the work: the search is the global filter, the facets are column filters,
 * their counts come from the faceted unique values, and the order from the sorted row model.
 * The status facet filters a column the table never draws (the badge is in the title cell).
 * Only these features are registered, so the rest of the library is left out of the bundle.
 */
export const alertTableFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnFacetingFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  facetedRowModel: createFacetedRowModel(),
  facetedUniqueValues: createFacetedUniqueValues(),
});
export type AlertTableFeatures = typeof alertTableFeatures;
