import * as z from "zod/mini";
import { PLATFORMS, SEVERITIES, TACTICS } from "./taxonomy.ts";

/** The catalog.json contract (see README, "Catalog format"). Checked at build time and on load. */
export const CATALOG_SCHEMA_VERSION = 1;

const text = z.string().check(z.minLength(1));
const localized = z.object({ fr: text, en: text });

export const noteSchema = z.object({
  kind: z.enum(["paragraph", "heading", "callout"]),
  fr: text,
  en: text,
});

export const alertSchema = z.object({
  id: text,
  severity: z.enum(SEVERITIES),
  tactics: z.array(z.enum(TACTICS)),
  platforms: z.array(z.enum(PLATFORMS)),
  title: localized,
  description: localized,
});

export const catalogSchema = z.object({
  schemaVersion: z.literal(CATALOG_SCHEMA_VERSION),
  page: z.object({ title: localized, notes: z.array(noteSchema) }),
  alerts: z.array(alertSchema),
});

export type Localized = z.infer<typeof localized>;
export type Note = z.infer<typeof noteSchema>;
export type Alert = z.infer<typeof alertSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
export type Language = keyof Localized;
export const LANGUAGES = ["fr", "en"] as const satisfies readonly Language[];
