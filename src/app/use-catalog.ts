import { useCallback, useEffect, useState } from "react";
import {
  type CatalogProblem,
  type CatalogResult,
  EMBEDDED_CATALOG_ID,
  loadCatalog,
  readCatalogText,
} from "../catalog/load-catalog";
import type { Catalog } from "../catalog/schema";
import { siteRoot } from "../url/site";

export type CatalogState =
  | { status: "loading" }
  | { status: "ready"; catalog: Catalog }
  | { status: "error"; problem: CatalogProblem };

/** catalog.json sits at the site's root, next to index.html; relative, so any deployment path works. */
export const catalogUrl = (): string => new URL("catalog.json", siteRoot()).href;

const stateOf = (result: CatalogResult): CatalogState =>
  result.ok ? { status: "ready", catalog: result.catalog } : { status: "error", problem: result.problem };

/** The single-file build carries its catalog inside the page; the site fetches it. */
function readEmbedded(): CatalogState | null {
  const embedded = document.getElementById(EMBEDDED_CATALOG_ID)?.textContent;
  return embedded == null ? null : stateOf(readCatalogText(embedded));
}

/** The catalog's state, and a retry for the error screen. `initial`: already loaded (see main.tsx). */
export function useCatalog(initial?: CatalogResult): [CatalogState, () => void] {
  const [state, setState] = useState<CatalogState>(
    () => (initial && stateOf(initial)) ?? readEmbedded() ?? { status: "loading" },
  );
  // Fetches so far asked for: none when the catalog came with the page.
  const [attempt, setAttempt] = useState(() => (state.status === "loading" ? 1 : 0));
  useEffect(() => {
    if (attempt === 0) return;
    let live = true;
    void loadCatalog(catalogUrl()).then((result) => live && setState(stateOf(result)));
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);
  return [state, retry];
}
