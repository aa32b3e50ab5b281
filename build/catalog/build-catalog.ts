import * as v from "valibot";
import { titleRanksOf } from "../../src/catalog/compare.ts";
import { placeholderStyles } from "../../src/catalog/placeholders.ts";
import { CATALOG_SCHEMA_VERSION, type Catalog, catalogSchema } from "../../src/catalog/schema.ts";
import { applyErrata, applyLifecycle, buildChanges } from "./apply-facts.ts";
import { applyAttackMapping } from "./attack.ts";
import { type RawFacts, readFacts, sourceResolver } from "./facts.ts";
import { parseCatalogSource } from "./parse-source.ts";

/**
 * Joins the published French page, our English text and the fact files into the catalog.json
 * contract. The French comes only from the source page; the English file and the facts must fit
 * its alerts exactly, so a change on any side fails the build instead of going unnoticed.
 */

const englishSchema = v.object({
  page: v.object({ title: v.string(), notes: v.array(v.string()) }),
  alerts: v.record(
    v.string(),
    // A title only for an alert Microsoft gives no English name: it is then our translation.
    v.object({ title: v.optional(v.string()), description: v.string() }),
  ),
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

/** The catalog's date: the latest of its sources' dates (ISO dates sort as text). */
const latestOf = (dates: string[]) => {
  const asOf = [...dates].sort().at(-1);
  return asOf ? { asOf } : {};
};

export function buildCatalog(frenchSource: string, englishJson: unknown, rawFacts: RawFacts): Catalog {
  const french = parseCatalogSource(frenchSource);
  const parsedEnglish = v.safeParse(englishSchema, englishJson);
  if (!parsedEnglish.success) {
    throw new CatalogBuildError([`English text file is malformed: ${v.summarize(parsedEnglish.issues)}`]);
  }
  const english = parsedEnglish.output;
  const problems: string[] = [];
  const facts = readFacts(rawFacts, problems);
  if (!facts) throw new CatalogBuildError(problems);
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
  for (const id of Object.keys(facts.names)) {
    if (!frenchIds.has(id)) problems.push(`microsoft-names.json: unknown alert ID "${id}"`);
  }
  const titles = new Map<string, { en: string; source: "microsoft" | "translation" }>();
  for (const alert of french.alerts) {
    const en = english.alerts[alert.id];
    if (!en) {
      problems.push(`alert ${alert.id}: missing from the English file`);
      continue;
    }
    const name = facts.names[alert.id];
    if (name !== undefined) titles.set(alert.id, { en: name, source: "microsoft" });
    else if (en.title !== undefined && !empty(en.title))
      titles.set(alert.id, { en: en.title, source: "translation" });
    else problems.push(`alert ${alert.id}: no Microsoft English name and no English title of ours`);
    if (empty(en.description)) problems.push(`alert ${alert.id}: English description is empty`);
    for (const [part, fr, translated] of [
      ["title", alert.title, titles.get(alert.id)?.en ?? ""],
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

  const resolve = sourceResolver(facts.sources);
  if (!resolve(facts.namesSource))
    problems.push(`microsoft-names.json: unknown source "${facts.namesSource}"`);
  const lifecycle = applyLifecycle(french.alerts, facts.lifecycle, resolve, problems);
  const errata = applyErrata(french.alerts, facts.errata, resolve, problems);
  const changes = buildChanges(french.alerts, facts.lifecycle, facts.changes, resolve, problems);
  const attack = applyAttackMapping(
    french.alerts.map((alert) => alert.id),
    rawFacts.attackTechniques,
    rawFacts.attackMapping,
    problems,
  );
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
      ...latestOf(facts.sources.map((source) => source.date)),
      sources: facts.sources,
      ...(attack.attack ? { attack: attack.attack } : {}),
    },
    alerts: french.alerts.map((alert) => {
      const en = english.alerts[alert.id] as EnglishText["alerts"][string];
      const title = titles.get(alert.id) as { en: string; source: "microsoft" | "translation" };
      const status = lifecycle.get(alert.id);
      const mapping = attack.byAlert.get(alert.id);
      return {
        id: alert.id,
        severity: alert.severity,
        tactics: alert.tactics,
        platforms: alert.platforms,
        title: { fr: alert.title, en: title.en },
        description: { fr: alert.description, en: en.description },
        status: status?.status ?? "active",
        ...(status && status.status !== "active"
          ? { statusSince: status.since, statusSource: status.source }
          : {}),
        titleSource: title.source,
        errata: errata.get(alert.id) ?? [],
        techniques: mapping?.techniques ?? [],
        ...(mapping?.noTechnique ? { noTechnique: mapping.noTechnique } : {}),
      };
    }),
    changes,
  };
  // The contract is checked on the way out too, so a bug here cannot ship a bad file.
  return v.parse(catalogSchema, { ...catalog, titleRanks: titleRanksOf(catalog.alerts) });
}
