import { loadNotes } from "../../catalog/load-catalog";
import type {
  Alert,
  Catalog,
  CatalogSource,
  Erratum,
  Localized,
  Note,
  TechniqueConfidence,
} from "../../catalog/schema";
import { useLoadedWhenWanted } from "../../ui/use-loaded-when-wanted";
import { siteRoot } from "../../url/site";

const NONE: readonly Erratum[] = [];

/** Why our mapping gives an alert its techniques (by technique ID), or why it gives none. */
export interface MappingReasons {
  reasons: Readonly<Record<string, Localized>>;
  confidence: Readonly<Record<string, TechniqueConfidence>>;
  none?: Localized;
}

const reasonsInCatalog = (alert: Alert): MappingReasons => ({
  reasons: Object.fromEntries(alert.techniques.flatMap(({ id, reason }) => (reason ? [[id, reason]] : []))),
  confidence: Object.fromEntries(
    alert.techniques.flatMap(({ id, confidence }) => (confidence ? [[id, confidence]] : [])),
  ),
  ...(alert.noTechnique ? { none: alert.noTechnique } : {}),
});

/** notes.json sits beside catalog.json, at the site's root. */
export const notesUrl = (): string => new URL("notes.json", siteRoot()).href;
const loadNotesBeside = () => loadNotes(notesUrl());

/**
 * The published page's notes, our errata and the reasons of our ATT&CK mapping: inside the catalog in the single file, else
 * notes.json beside it, fetched the first time they are `wanted` (About, a detail pane). Empty until then,
 * or if it cannot be had.
 */
export function usePageNotes(
  catalog: Catalog,
  wanted: boolean,
  /** While they are not in (a fetch failed), a new value asks again: the alert opened, say. */
  askAgain: unknown = null,
): {
  notes: readonly Note[];
  /** In full once notes.json is in (the catalog's own leave out repositories, files and commits). */
  sources: readonly CatalogSource[];
  errataOf: (alert: Alert) => readonly Erratum[];
  /** Undefined until notes.json is in. */
  reasonsOf: (alert: Alert) => MappingReasons | undefined;
} {
  const embedded = catalog.page.notes.length > 0;
  const loaded = useLoadedWhenWanted(loadNotesBeside, wanted && !embedded, askAgain);
  if (embedded) {
    return {
      notes: catalog.page.notes,
      sources: catalog.page.sources,
      errataOf: (alert) => alert.errata,
      reasonsOf: reasonsInCatalog,
    };
  }
  return {
    notes: loaded?.notes ?? [],
    sources: loaded && loaded.sources.length > 0 ? loaded.sources : catalog.page.sources,
    errataOf: (alert) => loaded?.errata[alert.id] ?? NONE,
    reasonsOf: (alert) => (loaded ? (loaded.attack[alert.id] ?? { reasons: {}, confidence: {} }) : undefined),
  };
}
