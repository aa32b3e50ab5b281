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

export function useCatalog(): [CatalogState, () => void] {
  const [state, setState] = useState<CatalogState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    setState({ status: "loading" });
    const pending = (attempt === 0 && firstLoad) || startLoading();
    void pending.then((result) => {
      if (cancelled) return;
      setState(
        result.ok
          ? { status: "ready", catalog: result.catalog }
          : { status: "error", problem: result.problem },
      );
    });
    return () => {
      cancelled = true;
    };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}
