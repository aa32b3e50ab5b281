import type { Catalog } from "./schema.ts";

/**
 * Our ATT&CK mapping as the app reads it. The technique names are MITRE's (the catalog carries
 * them), the mapping is ours: every place that shows it says so.
 */

/** The technique's page on attack.mitre.org: T1059.004 is /techniques/T1059/004. */
export const techniqueUrl = (id: string): string =>
  `https://attack.mitre.org/techniques/${id.replace(".", "/")}`;

/** The techniques the catalog's mapping uses, by ID, with MITRE's names. */
export function techniqueNames(catalog: Catalog): ReadonlyMap<string, string> {
  return new Map((catalog.page.attack?.techniques ?? []).map(({ id, name }) => [id, name]));
}
