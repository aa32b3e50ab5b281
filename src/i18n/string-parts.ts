/**
 * Each locale file in two parts: what the first view draws, loaded with the page, and what only
 * dialogs, panes, views and exports draw, loaded with their code (later-strings.ts). The build
 * cuts the files along LATER_GROUPS (build/vite-locale-parts-plugin.ts).
 */
export const LATER_GROUPS = [
  "about",
  "activeFilters",
  "bilingual",
  "changes",
  "detail",
  "empty",
  "errata",
  "history",
  "hunt",
  "lookup",
  "matrix",
  "navigator",
  "noscript",
  "notFound",
  "print",
  "provenance",
  "report",
  "shortcuts",
  "techniques",
  "update",
] as const;

export type StringsPart = "first" | "later";

/** The groups of a locale file (its top-level keys) that belong to a part. */
export function stringsPart(all: Record<string, unknown>, part: StringsPart): Record<string, unknown> {
  const later = new Set<string>(LATER_GROUPS);
  return Object.fromEntries(Object.entries(all).filter(([group]) => later.has(group) === (part === "later")));
}
