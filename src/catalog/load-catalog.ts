import * as v from "valibot";
import {
  CATALOG_SCHEMA_VERSION,
  type Catalog,
  type Change,
  catalogSchema,
  changesFileSchema,
  notesFileSchema,
  type PageNotes,
  READABLE_VERSIONS,
} from "./schema.ts";

/** The element id under which the single-file build embeds its catalog as JSON data. */
export const EMBEDDED_CATALOG_ID = "alert-catalog";

/** Why a catalog could not be used; each kind gets its own translated message on the error screen. */
export type CatalogProblem =
  | { kind: "missing"; status: number }
  | { kind: "network" }
  | { kind: "corrupt"; detail: string }
  | { kind: "newer"; version: number }
  | { kind: "unknownVersion"; version: string };

export type CatalogResult = { ok: true; catalog: Catalog } | { ok: false; problem: CatalogProblem };

/**
 * A format version this app does not read: a later whole number means a newer app is out; any
 * other value (an older format, a fraction, text) is named as it is, not as a damaged file.
 */
function versionProblem(json: unknown): CatalogProblem | undefined {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return undefined;
  if (!("schemaVersion" in json)) return undefined;
  const version = (json as { schemaVersion: unknown }).schemaVersion;
  if ((READABLE_VERSIONS as readonly unknown[]).includes(version)) return undefined;
  if (typeof version === "number" && Number.isInteger(version) && version > CATALOG_SCHEMA_VERSION) {
    return { kind: "newer", version };
  }
  const shown = typeof version === "string" ? version : (JSON.stringify(version) ?? String(version));
  return { kind: "unknownVersion", version: shown.slice(0, 40) };
}

/** Checks a parsed catalog.json against the contract; never throws. */
export function readCatalog(json: unknown): CatalogResult {
  const problem = versionProblem(json);
  if (problem) return { ok: false, problem };
  const parsed = v.safeParse(catalogSchema, json);
  if (!parsed.success) {
    return { ok: false, problem: { kind: "corrupt", detail: v.summarize(parsed.issues).slice(0, 500) } };
  }
  const seen = new Set<string>();
  for (const alert of parsed.output.alerts) {
    if (seen.has(alert.id))
      return { ok: false, problem: { kind: "corrupt", detail: `duplicate alert ID ${alert.id}` } };
    seen.add(alert.id);
  }
  return { ok: true, catalog: parsed.output };
}

/** A body that could not be read or parsed, with what went wrong. */
export function corruptResult(error: unknown): CatalogResult {
  return {
    ok: false,
    problem: { kind: "corrupt", detail: error instanceof Error ? error.message : String(error) },
  };
}

/** Reads catalog JSON text (the single-file build's embedded copy); never throws. */
export function readCatalogText(text: string): CatalogResult {
  try {
    return readCatalog(JSON.parse(text));
  } catch (error) {
    return corruptResult(error);
  }
}

/**
 * Fetches the catalog, revalidating any cached copy; never throws. `cache: "reload"` asks the
 * server itself, past the HTTP cache and the service worker (which honours it): Retry's question.
 */
export async function loadCatalog(
  url: string,
  fetchImpl: typeof fetch = fetch,
  cache: RequestCache = "no-cache",
): Promise<CatalogResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache });
  } catch {
    return { ok: false, problem: { kind: "network" } };
  }
  if (!response.ok) return { ok: false, problem: { kind: "missing", status: response.status } };
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    return corruptResult(error);
  }
  return readCatalog(json);
}

/** A file the build writes beside catalog.json, read with its schema; null when it cannot be had or read. */
async function loadBeside<T extends v.GenericSchema>(
  url: string,
  schema: T,
  fetchImpl: typeof fetch,
): Promise<v.InferOutput<T> | null> {
  try {
    const response = await fetchImpl(url, { cache: "no-cache" });
    if (!response.ok) return null;
    const parsed = v.safeParse(schema, await response.json());
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** notes.json (page notes, errata), or null: they are then not shown. */
export const loadNotes = (url: string, fetchImpl: typeof fetch = fetch): Promise<PageNotes | null> =>
  loadBeside(url, notesFileSchema, fetchImpl);

/** changes.json (the change log), or null: it is then not shown. */
export const loadChanges = async (url: string, fetchImpl: typeof fetch = fetch): Promise<Change[] | null> =>
  (await loadBeside(url, changesFileSchema, fetchImpl))?.changes ?? null;
