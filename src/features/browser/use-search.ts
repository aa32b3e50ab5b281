import { useDeferredValue, useEffect, useMemo } from "react";
import type { Catalog, Language } from "../../catalog/schema";
import { searchCatalog } from "../../search/filter-alerts";
import { queryTerms } from "../../search/fold";
import { buildSearchIndex } from "../../search/search-index";
import type { ViewState } from "../../url/view-state";
import { whenIdle } from "./when-idle";

/**
 * The search text and facets applied to the catalog, with the counts each facet value would give.
 * The catalog's text is folded for search once per language, in idle slices right after the table
 * shows, so the first keystroke does not wait for it (50,000 descriptions take a moment).
 *
 * The results follow the typed text as a deferred value: each key is drawn in the box at once,
 * and the results of a large catalog follow in a render React can drop when the next key comes,
 * so typing never stutters. (With the real catalog the results follow a frame or so later.)
 */
export function useSearch(catalog: Catalog, view: ViewState, language: Language) {
  const index = useMemo(() => buildSearchIndex(catalog.alerts), [catalog]);
  const query = useDeferredValue(view.q);
  const terms = useMemo(() => queryTerms(query), [query]);
  // By value: every change of the URL (opening an alert, sorting) parses new arrays, and a pass
  // over 50,000 alerts is not free.
  const facets = `${view.severity}|${view.tactic}|${view.platform}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: facets stands for the three lists
  const criteria = useMemo(
    () => ({ terms, severity: view.severity, tactic: view.tactic, platform: view.platform }),
    [terms, facets],
  );
  const {
    alerts: filtered,
    positions,
    counts,
  } = useMemo(() => searchCatalog(index, criteria, language), [index, criteria, language]);
  useEffect(() => whenIdle([(stop) => index.prepare(language, stop)]), [index, language]);
  return { terms, criteria, filtered, positions, counts };
}
