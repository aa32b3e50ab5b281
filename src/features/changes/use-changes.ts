import { loadChanges } from "../../catalog/load-catalog";
import type { Catalog, Change } from "../../catalog/schema";
import { useLoadedWhenWanted } from "../../ui/use-loaded-when-wanted";
import { siteRoot } from "../../url/site";

const loadBeside = () => loadChanges(new URL("changes.json", siteRoot()).href);

/**
 * The catalog's change log: inside the catalog in the single file, else changes.json beside it,
 * fetched the first time it is `wanted` (the Changes view, an alert's history). Empty until then,
 * or if it cannot be had.
 */
export function useChanges(
  catalog: Catalog,
  wanted: boolean,
  /** While it is not in (a fetch failed), a new value asks again: the alert opened, say. */
  askAgain: unknown = null,
): readonly Change[] {
  const embedded = catalog.changes;
  const loaded = useLoadedWhenWanted(loadBeside, wanted && embedded.length === 0, askAgain);
  return embedded.length > 0 ? embedded : (loaded ?? []);
}
