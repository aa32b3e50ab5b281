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

/** catalog.json sits next to index.html: a relative URL keeps any deployment path working. */
export const CATALOG_URL = "./catalog.json";

const stateOf = (result: CatalogResult): CatalogState =>
  result.ok ? { status: "ready", catalog: result.catalog } : { status: "error", problem: result.problem };

/** The single-file build carries its catalog inside the page; the site fetches it. */
function readEmbedded(): CatalogState | null {
  const embedded = document.getElementById(EMBEDDED_CATALOG_ID)?.textContent;
  return embedded == null ? null : stateOf(readCatalogText(embedded));
}

/** The catalog's state, and a retry for the error screen. */
export function useCatalog(): [CatalogState, () => void] {
  const [state, setState] = useState<CatalogState>(() => readEmbedded() ?? { status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt === 0 && readEmbedded()) return;
    let live = true;
    if (attempt > 0) setState({ status: "loading" });
    void loadCatalog(CATALOG_URL).then((result) => live && setState(stateOf(result)));
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}
