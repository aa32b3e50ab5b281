import { loadNotes } from "../../catalog/load-catalog";
import type { Alert, Catalog } from "../../catalog/schema";
import { notesUrl } from "../about/use-page-notes";

/**
 * The catalog and alerts with the page's notes, each alert's errata and the reasons of our ATT&CK
 * mapping, which the site keeps in
 * notes.json (the single file's catalog has them already): a JSON export is the whole contract.
 */
export async function withNotes(
  catalog: Catalog,
  alerts: readonly Alert[],
): Promise<{ catalog: Catalog; alerts: readonly Alert[] }> {
  if (catalog.page.notes.length > 0) return { catalog, alerts };
  const notes = await loadNotes(notesUrl());
  if (!notes) return { catalog, alerts };
  return {
    catalog: {
      ...catalog,
      page: {
        ...catalog.page,
        notes: notes.notes,
        sources: notes.sources.length > 0 ? notes.sources : catalog.page.sources,
      },
    },
    alerts: alerts.map((alert) => {
      const mapping = notes.attack[alert.id];
      return {
        ...alert,
        errata: notes.errata[alert.id] ?? alert.errata,
        techniques: alert.techniques.map((technique) => {
          const reason = mapping?.reasons[technique.id];
          const confidence = mapping?.confidence[technique.id];
          return { ...technique, ...(confidence ? { confidence } : {}), ...(reason ? { reason } : {}) };
        }),
        ...(mapping?.none ? { noTechnique: mapping.none } : {}),
      };
    }),
  };
}
