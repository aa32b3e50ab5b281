import * as v from "valibot";
import { inSlices } from "./byte-slices.ts";
import { CATALOG_SCHEMA_VERSION, type Catalog, catalogSchema } from "./schema.ts";

/** The element id under which the single-file build embeds its catalog as JSON data. */
export const EMBEDDED_CATALOG_ID = "alert-catalog";

/** Why a catalog could not be used; each kind gets its own translated message on the error screen. */
export type CatalogProblem =
  | { kind: "missing"; status: number }
  | { kind: "network" }
  | { kind: "corrupt"; detail: string }
  | { kind: "newer"; version: number };

export type CatalogResult = { ok: true; catalog: Catalog } | { ok: false; problem: CatalogProblem };

/** Checks a parsed catalog.json against the contract; never throws. */
export function readCatalog(json: unknown): CatalogResult {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === "number" && version > CATALOG_SCHEMA_VERSION) {
    return { ok: false, problem: { kind: "newer", version } };
  }
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
 * Asks for the catalog, revalidating any cached copy; a failed request or an HTTP error becomes
 * its problem. Shared by the whole-body and the streaming loaders so both report the same way.
 */
export async function requestCatalog(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<{ ok: true; response: Response } | { ok: false; problem: CatalogProblem }> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: "no-cache" });
  } catch {
    return { ok: false, problem: { kind: "network" } };
  }
  if (!response.ok) return { ok: false, problem: { kind: "missing", status: response.status } };
  return { ok: true, response };
}

/** Fetches the catalog next to the page (a relative URL, so any deployment path works). */
export async function loadCatalog(url: string, fetchImpl: typeof fetch = fetch): Promise<CatalogResult> {
  const requested = await requestCatalog(url, fetchImpl);
  if (!requested.ok) return requested;
  let json: unknown;
  try {
    json = await requested.response.json();
  } catch (error) {
    return corruptResult(error);
  }
  return readCatalog(json);
}

export interface ProgressiveLoadOptions {
  /** How many alerts the one early preview must hold at least (default 50: a screenful and more). */
  firstBatch?: number;
  /** Bodies up to this many bytes are read whole; past it, the streaming reader takes over. */
  streamAbove?: number;
  /** For tests: the fetch to use. */
  fetchImpl?: typeof fetch;
}

/**
 * Past this size a catalog is read as it arrives and its first alerts shown early (a 10,000-alert
 * catalog is about 12 MB). The streaming reader is a chunk of its own, fetched only then: the real
 * catalog (40 KB) is read whole and never pays for it.
 */
const STREAM_ABOVE_BYTES = 128 * 1024;
/** Bytes decoded and read at a time: a few milliseconds of work on a slow machine. */
const SLICE_BYTES = 64 * 1024;

/**
 * Fetches the catalog like loadCatalog (same request, same problems, same verdict), reading the
 * body as it arrives; a large one calls `onPreview` once with its first alerts while the rest
 * downloads (see readRestProgressively).
 */
export async function loadCatalogProgressively(
  url: string,
  onPreview: (catalog: Catalog) => void,
  { firstBatch = 50, streamAbove = STREAM_ABOVE_BYTES, fetchImpl = fetch }: ProgressiveLoadOptions = {},
): Promise<CatalogResult> {
  const requested = await requestCatalog(url, fetchImpl);
  if (!requested.ok) return requested;
  const body = requested.response.body;
  if (body === null) {
    try {
      return readCatalogText(await requested.response.text());
    } catch (error) {
      return corruptResult(error);
    }
  }
  // A length announced over the threshold: fetch the streaming reader while the head arrives.
  const announced = Number(requested.response.headers.get("content-length"));
  const streamer = announced > streamAbove ? import("./catalog-stream.ts") : null;
  streamer?.catch(() => undefined); // awaited below; a failure surfaces there
  const stream = inSlices(body.getReader(), SLICE_BYTES);
  const decoder = new TextDecoder("utf-8");
  const head: string[] = [];
  let bytes = 0;
  while (bytes <= streamAbove) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await stream.read();
    } catch (error) {
      return corruptResult(error); // as response.json() rejecting in loadCatalog
    }
    if (next.done) {
      head.push(decoder.decode());
      return readCatalogText(head.join(""));
    }
    head.push(decoder.decode(next.value, { stream: true }));
    bytes += next.value.byteLength;
  }
  const { readRestProgressively } = await (streamer ?? import("./catalog-stream.ts"));
  return readRestProgressively(head, stream, decoder, onPreview, firstBatch);
}
