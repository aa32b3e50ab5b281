import { useEffect, useState } from "react";
import { loadChanges } from "../../catalog/load-catalog";
import type { Catalog, Change } from "../../catalog/schema";
import { siteRoot } from "../../url/site";

/**
 * The catalog's change log: inside the catalog in the single file, else changes.json beside it,
 * fetched the first time it is `wanted` (the Changes view, an alert's history). Empty until then,
 * or if it cannot be had.
 */
export function useChanges(catalog: Catalog, wanted: boolean): readonly Change[] {
  const embedded = catalog.changes;
  const [loaded, setLoaded] = useState<Change[] | null>(null);
  const needed = wanted && embedded.length === 0 && loaded === null;
  useEffect(() => {
    if (!needed) return;
    let live = true;
    void loadChanges(new URL("changes.json", siteRoot()).href).then((changes) => {
      if (live && changes) setLoaded(changes);
    });
    return () => {
      live = false;
    };
  }, [needed]);
  return embedded.length > 0 ? embedded : (loaded ?? []);
}
