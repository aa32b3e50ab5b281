import * as v from "valibot";
import { type CatalogSource, catalogSourceSchema, type SourceRef } from "../../src/catalog/schema.ts";
import { SEVERITIES, STATUSES } from "../../src/catalog/taxonomy.ts";

/**
 * The fact files beside the French page (see docs/catalog.md): every source with its date, the
 * lifecycle, Microsoft's English names, the errata and the dated changes. Their shapes are checked
 * here; whether what they say fits the French page is checked where they are applied.
 */

const text = v.pipe(v.string(), v.minLength(1));
const localized = v.object({ fr: text, en: text });

const sourcesFile = v.object({ sources: v.array(v.looseObject({ id: v.string() })) });
const lifecycleFile = v.object({
  entries: v.array(
    v.object({
      date: v.string(),
      status: v.picklist(STATUSES),
      ids: v.array(v.string()),
      source: text,
      where: v.optional(text),
      title: localized,
      summary: localized,
    }),
  ),
});
const namesFile = v.object({ source: text, names: v.record(v.string(), text) });
const errataFile = v.object({
  errata: v.record(
    v.string(),
    v.array(
      v.object({
        field: v.picklist(["title", "description"]),
        french: text,
        meant: localized,
        evidence: localized,
        source: text,
      }),
    ),
  ),
});
const changesFile = v.object({
  changes: v.array(
    v.object({
      id: text,
      date: v.string(),
      notBefore: v.optional(v.string()),
      kind: v.picklist(["added", "severity", "tactics"]),
      ids: v.array(v.string()),
      from: v.optional(v.picklist(SEVERITIES)),
      to: v.optional(v.picklist(SEVERITIES)),
      title: localized,
      summary: localized,
      sources: v.array(v.object({ source: text, where: v.optional(text) })),
    }),
  ),
});

export type LifecycleEntry = v.InferOutput<typeof lifecycleFile>["entries"][number];
export type ErratumEntry = v.InferOutput<typeof errataFile>["errata"][string][number];
export type ChangeEntry = v.InferOutput<typeof changesFile>["changes"][number];

/** The fact files as read from disk (JSON.parse output), unchecked. */
export interface RawFacts {
  sources: unknown;
  lifecycle: unknown;
  names: unknown;
  errata: unknown;
  changes: unknown;
  /** MITRE's facts about the ATT&CK techniques we use, and our mapping (see attack.ts). */
  attackTechniques: unknown;
  attackMapping: unknown;
}

export interface Facts {
  sources: CatalogSource[];
  lifecycle: LifecycleEntry[];
  names: Record<string, string>;
  namesSource: string;
  errata: Record<string, ErratumEntry[]>;
  changes: ChangeEntry[];
}

/** Checks the shape of each fact file; every problem names the file and what is wrong. */
export function readFacts(raw: RawFacts, problems: string[]): Facts | undefined {
  const parse = <S extends v.GenericSchema>(file: string, schema: S, json: unknown) => {
    const result = v.safeParse(schema, json);
    if (!result.success) problems.push(`${file} is malformed: ${v.summarize(result.issues)}`);
    return result.success ? (result.output as v.InferOutput<S>) : undefined;
  };
  const sourcesJson = parse("sources.json", sourcesFile, raw.sources);
  const sources: CatalogSource[] = [];
  for (const [index, entry] of (sourcesJson?.sources ?? []).entries()) {
    const { id, title, url, repo, file, commit, date, dateKind } = entry as Record<string, unknown>;
    const parsed = v.safeParse(catalogSourceSchema, { id, title, url, repo, file, commit, date, dateKind });
    if (parsed.success) sources.push(parsed.output);
    else problems.push(`sources.json entry ${index + 1} (${String(id)}): ${v.summarize(parsed.issues)}`);
  }
  const lifecycle = parse("lifecycle.json", lifecycleFile, raw.lifecycle);
  const names = parse("microsoft-names.json", namesFile, raw.names);
  const errata = parse("errata.json", errataFile, raw.errata);
  const changes = parse("changes.json", changesFile, raw.changes);
  if (!sourcesJson || !lifecycle || !names || !errata || !changes) return undefined;
  return {
    sources,
    lifecycle: lifecycle.entries,
    names: names.names,
    namesSource: names.source,
    errata: errata.errata,
    changes: changes.changes,
  };
}

/** True for a real calendar day written YYYY-MM-DD (2025-02-30 is not one). */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A day, or a month (YYYY-MM) when the source gives no day. */
export const isIsoDayOrMonth = (value: string): boolean =>
  isIsoDay(value) || (/^\d{4}-\d{2}$/.test(value) && isIsoDay(`${value}-01`));

/** Resolves a source id to what the catalog shows of it; unknown ids are reported by the caller. */
export function sourceResolver(sources: readonly CatalogSource[]) {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return (id: string, where?: string): SourceRef | undefined => {
    const source = byId.get(id);
    if (!source) return undefined;
    return where ? { title: source.title, url: source.url, where } : { title: source.title, url: source.url };
  };
}
