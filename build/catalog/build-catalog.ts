import * as v from "valibot";
import { placeholderStyles } from "../../src/catalog/placeholders.ts";
import { CATALOG_SCHEMA_VERSION, type Catalog, catalogSchema } from "../../src/catalog/schema.ts";
import { parseCatalogSource } from "./parse-source.ts";

/**
 * Joins the published French page with our English text into the catalog.json contract.
 * The French comes only from the source page; the English file must cover exactly the same
 * alerts and notes, so a change on either side fails the build instead of going unnoticed.
 */

const englishSchema = v.object({
  page: v.object({ title: v.string(), notes: v.array(v.string()) }),
  alerts: v.record(v.string(), v.object({ title: v.string(), description: v.string() })),
});
export type EnglishText = v.InferOutput<typeof englishSchema>;

export class CatalogBuildError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The catalog cannot be built:\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
    this.name = "CatalogBuildError";
    this.problems = problems;
  }
}

export function buildCatalog(frenchSource: string, englishJson: unknown): Catalog {
  const french = parseCatalogSource(frenchSource);
  const parsedEnglish = v.safeParse(englishSchema, englishJson);
  if (!parsedEnglish.success) {
    throw new CatalogBuildError([`English text file is malformed: ${v.summarize(parsedEnglish.issues)}`]);
  }
  const english = parsedEnglish.output;
  const problems: string[] = [];
  const empty = (value: string) => value.trim() === "";

  if (empty(english.page.title)) problems.push("English page title is empty");
  if (english.page.notes.length !== french.notes.length) {
    problems.push(
      `the source has ${french.notes.length} page notes but the English file has ${english.page.notes.length}`,
    );
  }
  english.page.notes.forEach((note, index) => {
    if (empty(note)) problems.push(`English page note ${index + 1} is empty`);
  });

  const frenchIds = new Set(french.alerts.map((alert) => alert.id));
  for (const id of Object.keys(english.alerts)) {
    if (!frenchIds.has(id)) problems.push(`alert ${id}: in the English file but not in the source`);
  }
  for (const alert of french.alerts) {
    const en = english.alerts[alert.id];
    if (!en) {
      problems.push(`alert ${alert.id}: missing from the English file`);
      continue;
    }
    if (empty(en.title)) problems.push(`alert ${alert.id}: English title is empty`);
    if (empty(en.description)) problems.push(`alert ${alert.id}: English description is empty`);
    for (const [part, fr, translated] of [
      ["title", alert.title, en.title],
      ["description", alert.description, en.description],
    ] as const) {
      const frStyles = placeholderStyles(fr).join(" ");
      const enStyles = placeholderStyles(translated).join(" ");
      if (frStyles !== enStyles) {
        problems.push(
          `alert ${alert.id}: ${part} placeholders differ (French: ${frStyles || "none"}; English: ${enStyles || "none"})`,
        );
      }
    }
  }
  if (problems.length > 0) throw new CatalogBuildError(problems);

  const catalog: Catalog = {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    page: {
      title: { fr: french.title, en: english.page.title },
      notes: french.notes.map((note, index) => ({
        kind: note.kind,
        fr: note.text,
        en: english.page.notes[index] as string,
      })),
    },
    alerts: french.alerts.map((alert) => {
      const en = english.alerts[alert.id] as EnglishText["alerts"][string];
      return {
        id: alert.id,
        severity: alert.severity,
        tactics: alert.tactics,
        platforms: alert.platforms,
        title: { fr: alert.title, en: en.title },
        description: { fr: alert.description, en: en.description },
      };
    }),
  };
  // The contract is checked on the way out too, so a bug here cannot ship a bad file.
  return v.parse(catalogSchema, catalog);
}
