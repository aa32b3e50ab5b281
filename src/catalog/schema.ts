import * as v from "valibot";
import { PLATFORMS, SEVERITIES, STATUSES, TACTICS } from "./taxonomy.ts";

/**
 * The catalog.json contract (see docs/catalog.md). Checked at build time and on load.
 * Valibot rather than zod: the same declarative schema, with about 2 KB of the app's first
 * download spent on it instead of 5 (only the pieces used are bundled).
 */
export const CATALOG_SCHEMA_VERSION = 3;
/** Versions the loader reads: version 3 only added fields, each with a default. */
export const READABLE_VERSIONS = [2, CATALOG_SCHEMA_VERSION] as const;

const text = v.pipe(v.string(), v.minLength(1));
const localized = v.object({ fr: text, en: text });

const CONTROL = /\p{Cc}/u;
/**
 * IDs, titles and descriptions are one-line text: a control character (a line break, a tab, an
 * escape) in them can only be a broken pipeline or an attempt to break out of an export's format.
 */
const lineText = v.pipe(
  text,
  v.check(
    (value) => !CONTROL.test(value),
    (issue) => {
      const code = (issue.input as string).match(CONTROL)?.[0].codePointAt(0) ?? 0;
      return `holds a control character (U+${code.toString(16).toUpperCase().padStart(4, "0")})`;
    },
  ),
);
const localizedLine = v.object({ fr: lineText, en: lineText });
/** A day (2025-12-11), or a month (2022-01) when the source only gives the month. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const isoDate = v.pipe(v.string(), v.regex(ISO_DATE));
/** Links in the data are shown as links: only https, never a script or a relative path. */
const httpsUrl = v.pipe(v.string(), v.regex(/^https:\/\/[^\s]+$/));

/** Where a fact comes from: the document's title and address, and where in it when useful. */
export const sourceRefSchema = v.object({ title: text, url: httpsUrl, where: v.optional(text) });

export const noteSchema = v.object({
  kind: v.picklist(["paragraph", "heading", "callout"]),
  fr: text,
  en: text,
});

/** An error of the published French page, quoted exactly, with what it meant, in our words. */
export const erratumSchema = v.object({
  field: v.picklist(["title", "description"]),
  french: text,
  meant: localized,
  evidence: localized,
  source: sourceRefSchema,
});

/** An ATT&CK Enterprise technique or sub-technique ID: T1059, T1059.004. */
export const TECHNIQUE_ID = /^T\d{4}(\.\d{3})?$/;
const techniqueId = v.pipe(v.string(), v.regex(TECHNIQUE_ID));
export const TECHNIQUE_CONFIDENCES = ["direct", "inferred"] as const;

/**
 * One technique of our ATT&CK mapping of an alert (not Microsoft's): `direct` when the alert names
 * the behaviour, `inferred` when it is our reading. The reason is only in the full catalog; the
 * site serves it in notes.json.
 */
export const techniqueRefSchema = v.object({
  id: techniqueId,
  /** Only in the full catalog; the site serves it in notes.json, with the reason. */
  confidence: v.optional(v.picklist(TECHNIQUE_CONFIDENCES)),
  reason: v.optional(localizedLine),
});

/** The ATT&CK release the mapping uses and the techniques it names, as MITRE names them (their tactics are in the facts file). */
export const attackSchema = v.object({
  version: text,
  domain: v.literal("enterprise-attack"),
  techniques: v.array(v.object({ id: techniqueId, name: lineText })),
});

// The fields added in version 2 have defaults, so the loader also reads an alert written without them.
export const alertSchema = v.object({
  id: lineText,
  severity: v.picklist(SEVERITIES),
  tactics: v.array(v.picklist(TACTICS)),
  platforms: v.array(v.picklist(PLATFORMS)),
  title: localizedLine,
  description: localizedLine,
  status: v.optional(v.picklist(STATUSES), "active"),
  statusSince: v.optional(isoDate),
  statusSource: v.optional(sourceRefSchema),
  /** Where title.en comes from: Microsoft's own English name, or our translation of the French. */
  titleSource: v.optional(v.picklist(["microsoft", "translation"]), "translation"),
  errata: v.optional(v.array(erratumSchema), []),
  /** Our ATT&CK mapping (version 3); empty when the alert has none or the catalog predates it. */
  techniques: v.optional(v.array(techniqueRefSchema), []),
  /** Why the alert has no technique; only in the full catalog, like the reasons. */
  noTechnique: v.optional(localizedLine),
});

export const CHANGE_KINDS = ["added", "deprecated", "severity", "tactics"] as const;

/** A dated event in the catalog's history; `notBefore` when it is only known to lie in a range. */
export const changeSchema = v.object({
  id: text,
  date: isoDate,
  notBefore: v.optional(isoDate),
  kind: v.picklist(CHANGE_KINDS),
  ids: v.array(text),
  from: v.optional(v.picklist(SEVERITIES)),
  to: v.optional(v.picklist(SEVERITIES)),
  title: localized,
  summary: localized,
  sources: v.array(sourceRefSchema),
});

export const catalogSourceSchema = v.object({
  id: text,
  title: text,
  url: httpsUrl,
  repo: v.optional(text),
  file: v.optional(text),
  commit: v.optional(text),
  date: isoDate,
  /** "updated": the date the document states; "retrieved": the day we took our copy. */
  dateKind: v.picklist(["updated", "retrieved"]),
});

export const catalogSchema = v.object({
  schemaVersion: v.picklist(READABLE_VERSIONS),
  page: v.object({
    title: localized,
    /** Only in the single file's embedded catalog; the site serves them as notes.json. */
    notes: v.optional(v.array(noteSchema), []),
    /** The catalog's date: the latest of its sources' dates. */
    asOf: v.optional(isoDate),
    sources: v.optional(v.array(catalogSourceSchema), []),
    attack: v.optional(attackSchema),
  }),
  alerts: v.array(alertSchema),
  /**
   * Each alert's rank by title, in the order of `alerts` (equal titles share a rank), as
   * Intl.Collator sorts them (src/catalog/compare.ts): the first view sorts without loading a
   * collator, whose first use blocks the page for 9 to 26 ms. `key` is a hash of the titles they
   * were worked out from; without a matching one, the app ranks the alerts itself.
   */
  titleRanks: v.optional(v.object({ fr: v.array(v.number()), en: v.array(v.number()), key: v.string() })),
  /** Only in the single file's embedded catalog; the site serves them as changes.json. */
  changes: v.optional(v.array(changeSchema), []),
});

/**
 * notes.json, written beside catalog.json: what only About and the detail pane show (the published
 * page's notes, our errata of it and our ATT&CK reasons by alert ID, the sources in full).
 */
export const notesFileSchema = v.object({
  notes: v.array(noteSchema),
  errata: v.optional(v.record(v.string(), v.array(erratumSchema)), {}),
  /** The catalog's sources in full, with where each sits (repository, file, commit). */
  sources: v.optional(v.array(catalogSourceSchema), []),
  /** Our ATT&CK mapping by alert ID: each technique's confidence and reason, or why there is none. */
  attack: v.optional(
    v.record(
      v.string(),
      v.object({
        reasons: v.record(v.string(), localizedLine),
        confidence: v.optional(v.record(v.string(), v.picklist(TECHNIQUE_CONFIDENCES)), {}),
        none: v.optional(localizedLine),
      }),
    ),
    {},
  ),
});

/** changes.json, written beside catalog.json: the catalog's change log. */
export const changesFileSchema = v.object({ changes: v.array(changeSchema) });

export type Localized = v.InferOutput<typeof localized>;
export type Note = v.InferOutput<typeof noteSchema>;
export type PageNotes = v.InferOutput<typeof notesFileSchema>;
export type SourceRef = v.InferOutput<typeof sourceRefSchema>;
export type Erratum = v.InferOutput<typeof erratumSchema>;
export type TechniqueRef = v.InferOutput<typeof techniqueRefSchema>;
export type TechniqueConfidence = (typeof TECHNIQUE_CONFIDENCES)[number];
export type AttackInfo = v.InferOutput<typeof attackSchema>;
export type Alert = v.InferOutput<typeof alertSchema>;
export type Change = v.InferOutput<typeof changeSchema>;
export type CatalogSource = v.InferOutput<typeof catalogSourceSchema>;
export type Catalog = v.InferOutput<typeof catalogSchema>;
export type Language = keyof Localized;
export const LANGUAGES = ["fr", "en"] as const satisfies readonly Language[];
