import * as v from "valibot";
import { PLATFORMS, SEVERITIES, TACTICS } from "./taxonomy.ts";

/**
 * The catalog.json contract (see docs/catalog.md). Checked at build time and on load.
 * Valibot rather than zod: the same declarative schema, with about 2 KB of the app's first
 * download spent on it instead of 5 (only the pieces used are bundled).
 */
export const CATALOG_SCHEMA_VERSION = 1;

const text = v.pipe(v.string(), v.minLength(1));
const localized = v.object({ fr: text, en: text });

export const noteSchema = v.object({
  kind: v.picklist(["paragraph", "heading", "callout"]),
  fr: text,
  en: text,
});

export const alertSchema = v.object({
  id: text,
  severity: v.picklist(SEVERITIES),
  tactics: v.array(v.picklist(TACTICS)),
  platforms: v.array(v.picklist(PLATFORMS)),
  title: localized,
  description: localized,
});

export const catalogSchema = v.object({
  schemaVersion: v.literal(CATALOG_SCHEMA_VERSION),
  page: v.object({ title: localized, notes: v.array(noteSchema) }),
  alerts: v.array(alertSchema),
});

export type Localized = v.InferOutput<typeof localized>;
export type Note = v.InferOutput<typeof noteSchema>;
export type Alert = v.InferOutput<typeof alertSchema>;
export type Catalog = v.InferOutput<typeof catalogSchema>;
export type Language = keyof Localized;
export const LANGUAGES = ["fr", "en"] as const satisfies readonly Language[];
