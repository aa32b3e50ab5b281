import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import {
  type CatalogProblem,
  type CatalogResult,
  EMBEDDED_CATALOG_ID,
  loadCatalog,
  readCatalogText,
} from "../catalog/load-catalog";
import type { Catalog } from "../catalog/schema";
import { prepareTableFor } from "../features/browser/alert-table";
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

/** A catalog read, the code its table needs on its way. */
function prepared(result: CatalogResult): CatalogResult {
  if (result.ok) prepareTableFor(result.catalog);
  return result;
}
const fetchCatalog = (cache?: RequestCache) => loadCatalog(catalogUrl(), fetch, cache).then(prepared);

/**
 * The catalog a page starts with, asked for as soon as the app runs (see main.tsx): the single-file
 * build's embedded copy, read at once, or a fetch of catalog.json.
 */
export function startCatalog(): CatalogResult | Promise<CatalogResult> {
  const embedded = document.getElementById(EMBEDDED_CATALOG_ID)?.textContent;
  return embedded == null ? fetchCatalog() : prepared(readCatalogText(embedded));
}

/**
 * The catalog's state, and a retry for the error screen. `initial`: the catalog as main.tsx started
 * it, in or on its way; without it (a test), it is fetched after the first render.
 */
export function useCatalog(initial?: CatalogResult | Promise<CatalogResult>): [CatalogState, () => void] {
  const [state, setState] = useState<CatalogState>(() =>
    initial === undefined || initial instanceof Promise ? { status: "loading" } : stateOf(initial),
  );
  // Fetches so far asked for: none when the catalog came in before the first render.
  const [attempt, setAttempt] = useState(() => (state.status === "loading" ? 1 : 0));
  const retried = useRef(false);
  // The first attempt's catalog: the one main.tsx started, as the first render was given it.
  const started = useRef(initial);
  useEffect(() => {
    if (attempt === 0) return;
    let live = true;
    // A retry asks the server, not the service worker's copy, which may be the broken file itself.
    const fresh = retried.current;
    const first = started.current;
    const result =
      attempt === 1 && first instanceof Promise ? first : fetchCatalog(fresh ? "reload" : "no-cache");
    // As a transition: the table's first render yields to input, and waits for code it still needs
    // with the loading screen up rather than with an empty table.
    void result.then((result) => {
      if (live) startTransition(() => setState(stateOf(result, fresh ? new Date() : undefined)));
    });
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
