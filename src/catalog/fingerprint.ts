import type { Catalog } from "./schema.ts";

/**
 * A short hash (FNV-1a, 32 bits) of a checked catalog. A prerendered page carries the one it was
 * rendered from: another catalog.json in its place (a team's own) is drawn anew, not hydrated.
 */
export const catalogFingerprint = (catalog: Catalog): string => fnv1a(JSON.stringify(catalog));

/** FNV-1a, 32 bits, as 8 hex digits: short, and enough to tell two texts apart. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
