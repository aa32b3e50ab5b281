import { useCallback, useEffect, useState } from "react";
import { EARLY_CATALOG_URL, takeEarlyResponse } from "../catalog/early-response";
import {
  type CatalogProblem,
  type CatalogResult,
  corruptResult,
  EMBEDDED_CATALOG_ID,
  loadCatalogProgressively,
  readCatalogText,
} from "../catalog/load-catalog";
import type { Catalog } from "../catalog/schema";
import { parseViewState } from "../url/view-state";

export type CatalogState =
  | { status: "loading" }
  /** The first alerts of a large catalog, shown while the rest downloads. */
  | { status: "partial"; catalog: Catalog }
  | { status: "ready"; catalog: Catalog }
  | { status: "error"; problem: CatalogProblem };

/**
 * catalog.json sits next to index.html; a relative URL keeps any deployment path working. A link
 * may name another file below the page (?catalog=./bench/catalog-10000.json, for benchmarks).
 */
export const CATALOG_URL = EARLY_CATALOG_URL;

const stateOf = (result: CatalogResult): CatalogState =>
  result.ok ? { status: "ready", catalog: result.catalog } : { status: "error", problem: result.problem };

/** Loads the catalog, telling `report` each state it goes through (partial at most once). */
function startLoading(report: (state: CatalogState) => void): void {
  // The single-file build carries its catalog inside the page; the site fetches it.
  const embedded = document.getElementById(EMBEDDED_CATALOG_ID)?.textContent;
  if (embedded != null) {
    report(stateOf(readCatalogText(embedded)));
    return;
  }
  const url = parseViewState(window.location.search).catalog ?? CATALOG_URL;
  const early = takeEarlyResponse(url);
  const fetchImpl: typeof fetch = early ? () => early : fetch;
  void loadCatalogProgressively(url, (catalog) => report({ status: "partial", catalog }), { fetchImpl }).then(
    (result) => report(stateOf(result)),
    (error: unknown) => report(stateOf(corruptResult(error))),
  );
}

/**
 * The catalog is the first view's longest wait: it is asked for as soon as the code runs, not
 * after a first render. Its latest state is kept here until the app subscribes.
 */
let firstState: CatalogState = { status: "loading" };
const firstListeners = new Set<(state: CatalogState) => void>();
if (typeof document !== "undefined")
  startLoading((state) => {
    firstState = state;
    for (const listener of firstListeners) listener(state);
  });

/**
 * Resolves once the first load shows something (the catalog, its first alerts or an error) or
 * after `ms`, whichever comes first: the page renders once with the table rather than first with
 * a loading line (a slow catalog gets the loading line after `ms`).
 */
export function firstCatalogOrAfter(ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (firstState.status !== "loading") return resolve();
    const done = () => {
      firstListeners.delete(done);
      resolve();
    };
    firstListeners.add(done);
    setTimeout(done, ms);
  });
}

export function useCatalog(): [CatalogState, () => void] {
  const [state, setState] = useState<CatalogState>(() => firstState);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    const report = (next: CatalogState) => {
      if (!cancelled) setState(next);
    };
    if (attempt === 0) {
      setState(firstState); // whatever arrived between the first render and now
      firstListeners.add(report);
    } else {
      setState({ status: "loading" });
      startLoading(report);
    }
    return () => {
      cancelled = true;
      firstListeners.delete(report);
    };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}
