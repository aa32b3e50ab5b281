import { useCallback, useEffect, useRef, useState } from "react";
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
  /** `checkedAt`: when Retry asked the server itself, so the screen can say the answer is fresh. */
  | { status: "error"; problem: CatalogProblem; checkedAt?: Date };

/** catalog.json sits at the site's root, next to index.html; relative, so any deployment path works. */
export const catalogUrl = (): string => new URL("catalog.json", siteRoot()).href;

const stateOf = (result: CatalogResult, checkedAt?: Date): CatalogState =>
  result.ok
    ? { status: "ready", catalog: result.catalog }
    : { status: "error", problem: result.problem, ...(checkedAt ? { checkedAt } : {}) };

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
  const retried = useRef(false);
  useEffect(() => {
    if (attempt === 0) return;
    let live = true;
    // A retry asks the server, not the service worker's copy, which may be the broken file itself.
    const fresh = retried.current;
    void loadCatalog(catalogUrl(), fetch, fresh ? "reload" : "no-cache").then(
      (result) => live && setState(stateOf(result, fresh ? new Date() : undefined)),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    retried.current = true;
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);
  return [state, retry];
}
