import { useCallback, useEffect, useState } from "react";
import {
  type CatalogProblem,
  type CatalogResult,
  EMBEDDED_CATALOG_ID,
  loadCatalog,
  readCatalogText,
} from "../catalog/load-catalog";
import type { Catalog } from "../catalog/schema";
import { parseViewState } from "../url/view-state";

export type CatalogState =
  | { status: "loading" }
  | { status: "ready"; catalog: Catalog }
  | { status: "error"; problem: CatalogProblem };

/**
 * catalog.json sits next to index.html; a relative URL keeps any deployment path working. A link
 * may name another file below the page (?catalog=./bench/catalog-10000.json, for benchmarks).
 */
export const CATALOG_URL = "./catalog.json";

function startLoading(): Promise<CatalogResult> {
  // The single-file build carries its catalog inside the page; the site fetches it.
  const embedded = document.getElementById(EMBEDDED_CATALOG_ID)?.textContent;
  if (embedded != null) return Promise.resolve(readCatalogText(embedded));
  return loadCatalog(parseViewState(window.location.search).catalog ?? CATALOG_URL);
}

/** The catalog is the first view's longest wait: it is asked for as soon as the code runs, not after a first render. */
const firstLoad = typeof document === "undefined" ? null : startLoading();
/** The first load's result once it is in, so a render after that starts from it. */
let firstResult: CatalogResult | null = null;
void firstLoad?.then((result) => {
  firstResult = result;
});

/**
 * Resolves when the first catalog load has settled or `ms` have passed, whichever comes first:
 * the page renders once with the table rather than first with a loading line (then a slow
 * catalog gets the loading line after `ms`).
 */
export function firstCatalogOrAfter(ms: number): Promise<void> {
  return Promise.race([
    firstLoad?.then(() => undefined) ?? Promise.resolve(),
    new Promise<void>((resolve) => setTimeout(resolve, ms)),
  ]);
}

const stateOf = (result: CatalogResult): CatalogState =>
  result.ok ? { status: "ready", catalog: result.catalog } : { status: "error", problem: result.problem };

export function useCatalog(): [CatalogState, () => void] {
  const [state, setState] = useState<CatalogState>(() =>
    firstResult ? stateOf(firstResult) : { status: "loading" },
  );
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt === 0 && firstResult) return; // rendered from it already
    let cancelled = false;
    setState({ status: "loading" });
    const pending = (attempt === 0 && firstLoad) || startLoading();
    void pending.then((result) => {
      if (!cancelled) setState(stateOf(result));
    });
    return () => {
      cancelled = true;
    };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}
