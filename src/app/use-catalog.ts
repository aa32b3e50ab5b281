import { useCallback, useEffect, useState } from "react";
import {
  type CatalogProblem,
  type CatalogResult,
  EMBEDDED_CATALOG_ID,
  loadCatalog,
  readCatalogText,
} from "../catalog/load-catalog";
import type { Catalog } from "../catalog/schema";

export type CatalogState =
  | { status: "loading" }
  | { status: "ready"; catalog: Catalog }
  | { status: "error"; problem: CatalogProblem };

/** catalog.json sits next to index.html; a relative URL keeps any deployment path working. */
export const CATALOG_URL = "./catalog.json";

export function useCatalog(): [CatalogState, () => void] {
  const [state, setState] = useState<CatalogState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the retry trigger
  useEffect(() => {
    let cancelled = false;
    setState({ status: "loading" });
    // The single-file build carries its catalog inside the page; the site fetches it.
    const embedded = document.getElementById(EMBEDDED_CATALOG_ID)?.textContent;
    const pending: Promise<CatalogResult> =
      embedded != null ? Promise.resolve(readCatalogText(embedded)) : loadCatalog(CATALOG_URL);
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
