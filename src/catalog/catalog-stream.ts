import * as v from "valibot";
import type { SlicedReader } from "./byte-slices.ts";
import { type CatalogResult, corruptResult, readCatalog, readCatalogText } from "./load-catalog.ts";
import { type Alert, alertSchema, CATALOG_SCHEMA_VERSION, type Catalog, catalogSchema } from "./schema.ts";

/**
 * Reading catalog.json while it downloads, so the first alerts can be shown long before the last
 * byte of a 10 MB catalog arrives.
 *
 * A small scanner follows the JSON text chunk by chunk: nesting depth, strings and their escapes,
 * the keys of the top-level object. Each element of the top-level "alerts" array is handed to
 * JSON.parse on its own as soon as its closing `,` or `]` arrives, and checked against the alert
 * schema there and then, so the work is spread over the download; everything else (page,
 * schemaVersion, separators) is kept as a "skeleton" in which each element stands as `0`.
 *
 * At the end the skeleton is parsed: when it and every element parse, the text is valid JSON, and
 * the skeleton with its zeros replaced by the elements is exactly what JSON.parse would have made
 * of the whole. If the page, the version and every alert passed, with no ID twice, the catalog is
 * what readCatalog would return and is built directly; otherwise readCatalog runs on that object
 * for its exact complaint. Whenever the text turns out broken or unusual (bad syntax, not an
 * object, two "alerts" keys, a schemaVersion other than 1), the reader stops scanning and finish()
 * falls back to readCatalogText on the whole text. So the verdict, error message included, is
 * always the one readCatalogText gives.
 */

/** What a reader fed with catalog text in pieces can say, before and after the end. */
export interface CatalogReader {
  /** Takes the next piece of text (any split: mid-string, mid-escape, mid-number); never throws. */
  push(chunk: string): void;
  /** How many elements of the top-level "alerts" array are complete; stops growing once the text is known broken. */
  alertsSoFar(): number;
  /**
   * A provisional catalog: the complete alerts so far that pass the alert schema (a repeated ID
   * kept once), with the page if its text is complete and valid, else PLACEHOLDER_PAGE. Null when
   * no alert is usable yet, when the text is known broken or of another schema version, and after
   * finish(). The same object is returned while nothing new has arrived.
   */
  preview(): Catalog | null;
  /** The verdict on the whole text, the same as readCatalogText's; later pushes are ignored. */
  finish(): CatalogResult;
}

/** The page of a preview whose page text has not arrived yet (or is invalid): no title, no notes. */
export const PLACEHOLDER_PAGE: Catalog["page"] = Object.freeze({
  title: Object.freeze({ fr: "", en: "" }),
  notes: Object.freeze([]) as unknown as Catalog["page"]["notes"],
});

const pageSchema = catalogSchema.entries.page;

const QUOTE = 34; // "
const COMMA = 44; // ,
const COLON = 58; // :
const OPEN_BRACE = 123; // {
const CLOSE_BRACE = 125; // }
const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]

const isWhitespace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

/** A stretch of text that may run over several chunks; kept by reference, joined once when it ends. */
class Capture {
  private parts: string[] = [];
  private from = -1;
  get active(): boolean {
    return this.from >= 0;
  }
  /** Starts at index `at` of the current chunk. */
  start(at: number): void {
    this.parts = [];
    this.from = at;
  }
  /** At the end of a chunk: keeps its tail if the stretch runs on. */
  carry(chunk: string): void {
    if (this.from < 0) return;
    if (this.from < chunk.length) this.parts.push(this.from === 0 ? chunk : chunk.slice(this.from));
    this.from = 0;
  }
  /** Ends before index `end` of the current chunk and gives the whole stretch. */
  take(chunk: string, end: number): string {
    const tail = chunk.slice(this.from, end);
    const text = this.parts.length === 0 ? tail : this.parts.join("") + tail;
    this.parts = [];
    this.from = -1;
    return text;
  }
  /** Everything carried so far (at the end of the text). */
  drain(): string {
    const text = this.parts.join("");
    this.parts = [];
    this.from = -1;
    return text;
  }
}

/** Where the scanner stands inside the top-level object (depth 1). */
type TopState = "key" | "inKey" | "colon" | "value";

class StreamingCatalogReader implements CatalogReader {
  /** The whole text, by reference: the fallback, and JSON.parse's exact message on broken input. */
  private chunks: string[] = [];
  private state: "scan" | "fallback" | "finished" = "scan";
  private result: CatalogResult | null = null;

  // Lexical state, carried from one chunk to the next.
  private depth = 0;
  private inString = false;
  private escaped = false;
  private ended = false;

  // Inside the top-level object.
  private top: TopState = "key";
  private keyCount = 0;
  private key = "";
  private valueKey = "";
  private readonly keyText = new Capture();
  private readonly valueText = new Capture();
  private awaitingAlertsArray = false;
  private sawAlertsKey = false;

  // The alerts array.
  private inAlerts = false;
  private alertsArraySeen = false;
  private readonly elementText = new Capture();
  private elementHasContent = false;
  /** Each element as parsed, or as the alert schema outputs it when it passes. */
  private alerts: unknown[] = [];
  private count = 0;

  // Everything but the alerts, each of those standing as 0.
  private skeleton: string[] = [];
  private readonly skeletonText = new Capture();

  // What passed the schema so far: the preview, and the catalog itself when all of it passes.
  private version: number | null = null;
  private page: Catalog["page"] | null = null;
  private usable: Alert[] = [];
  private readonly usableIds = new Set<string>();
  /** Every element passed the alert schema, none with an ID seen before. */
  private allUsable = true;
  private shown: Catalog | null = null;

  constructor() {
    this.skeletonText.start(0);
  }

  push(chunk: string): void {
    if (this.state === "finished") return;
    this.chunks.push(chunk);
    if (this.state !== "scan") return;
    try {
      this.scan(chunk);
    } catch {
      this.giveUp();
    }
  }

  alertsSoFar(): number {
    return this.count;
  }

  preview(): Catalog | null {
    if (this.state !== "scan" || this.usable.length === 0) return null;
    const page = this.page ?? PLACEHOLDER_PAGE;
    if (this.shown === null || this.shown.alerts.length !== this.usable.length || this.shown.page !== page) {
      this.shown = { schemaVersion: CATALOG_SCHEMA_VERSION, page, alerts: this.usable.slice() };
    }
    return this.shown;
  }

  finish(): CatalogResult {
    if (this.result !== null) return this.result;
    let result: CatalogResult | null = null;
    if (this.state === "scan" && this.ended && !this.inString) result = this.assemble();
    this.result = result ?? readCatalogText(this.chunks.join(""));
    this.state = "finished";
    this.release();
    this.chunks = [];
    return this.result;
  }

  /** The verdict from the skeleton and the parsed alerts, or null to read the whole text instead. */
  private assemble(): CatalogResult | null {
    let json: unknown;
    try {
      json = JSON.parse(this.skeleton.join("") + this.skeletonText.drain());
    } catch {
      return null;
    }
    if (this.alertsArraySeen) {
      const holder = json as { alerts?: unknown };
      if (!Array.isArray(holder.alerts) || holder.alerts.length !== this.alerts.length) return null;
      if (this.allUsable && this.version === CATALOG_SCHEMA_VERSION && this.page !== null) {
        // What readCatalog would output: the schema's keys only, in its order, each value as checked.
        return { ok: true, catalog: { schemaVersion: this.version, page: this.page, alerts: this.usable } };
      }
      holder.alerts = this.alerts;
    }
    return readCatalog(json);
  }

  /** The text is broken or unusual: keep only the text, for readCatalogText at the end. */
  private giveUp(): void {
    this.state = "fallback";
    this.release();
  }

  private release(): void {
    this.alerts = [];
    this.skeleton = [];
    this.skeletonText.drain();
    this.keyText.drain();
    this.valueText.drain();
    this.elementText.drain();
    this.usable = [];
    this.usableIds.clear();
    this.shown = null;
    this.page = null;
  }

  private scan(chunk: string): void {
    const length = chunk.length;
    // Next quote and backslash at or after i, found once and reused: a string's body is skipped by
    // indexOf instead of character by character. -2: not looked for yet; -1: none in this chunk.
    let quote = -2;
    let backslash = -2;
    let i = 0;
    while (i < length) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          i++;
          continue;
        }
        if (quote !== -1 && quote < i) quote = chunk.indexOf('"', i);
        if (backslash !== -1 && backslash < i) backslash = chunk.indexOf("\\", i);
        if (backslash !== -1 && (quote === -1 || backslash < quote)) {
          i = backslash + 1;
          this.escaped = true;
          continue;
        }
        if (quote === -1) break;
        this.inString = false;
        i = quote + 1;
        if (this.depth === 1 && this.top === "inKey") {
          this.key = JSON.parse(this.keyText.take(chunk, i)) as string;
          this.top = "colon";
        }
        continue;
      }
      const code = chunk.charCodeAt(i);
      if (!isWhitespace(code)) {
        if (this.depth === 0) this.atTopLevel(code);
        else if (this.depth === 1) this.inTopObject(code, chunk, i);
        else if (this.depth === 2 && this.inAlerts) this.inAlertsArray(code, chunk, i);
        else if (code === QUOTE) this.inString = true;
        else if (code === OPEN_BRACE || code === OPEN_BRACKET) this.depth++;
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) this.depth--;
        if (this.state !== "scan") return;
      }
      i++;
    }
    this.keyText.carry(chunk);
    this.valueText.carry(chunk);
    this.elementText.carry(chunk);
    this.skeletonText.carry(chunk);
  }

  /** Before and after the top-level value: only an object is a catalog. */
  private atTopLevel(code: number): void {
    if (this.ended || code !== OPEN_BRACE) {
      this.giveUp();
      return;
    }
    this.depth = 1;
    this.top = "key";
  }

  /** Between the keys and values of the top-level object. */
  private inTopObject(code: number, chunk: string, i: number): void {
    switch (code) {
      case QUOTE:
        this.inString = true;
        if (this.top === "key") {
          this.top = "inKey";
          this.keyText.start(i);
        } else if (this.top === "value") {
          this.awaitingAlertsArray = false;
        } else {
          this.giveUp();
        }
        return;
      case COLON:
        if (this.top !== "colon") {
          this.giveUp();
          return;
        }
        this.top = "value";
        this.keyCount++;
        this.valueKey = this.key;
        if (this.key === "alerts") {
          if (this.sawAlertsKey) {
            // JSON.parse keeps the last: leave it to it
            this.giveUp();
            return;
          }
          this.sawAlertsKey = true;
          this.awaitingAlertsArray = true;
        } else if (this.key === "page" || this.key === "schemaVersion") {
          this.valueText.start(i + 1);
        }
        return;
      case COMMA:
        if (this.top !== "value") {
          this.giveUp();
          return;
        }
        this.endValue(chunk, i);
        this.top = "key";
        return;
      case CLOSE_BRACE:
        if (this.top === "value") this.endValue(chunk, i);
        else if (this.top !== "key" || this.keyCount > 0) {
          this.giveUp();
          return;
        }
        this.depth = 0;
        this.ended = true;
        return;
      case OPEN_BRACKET:
      case OPEN_BRACE:
        if (this.top !== "value") {
          this.giveUp();
          return;
        }
        this.depth = 2;
        if (this.awaitingAlertsArray && code === OPEN_BRACKET) {
          this.inAlerts = true;
          this.alertsArraySeen = true;
          this.startElement(chunk, i + 1);
        }
        this.awaitingAlertsArray = false;
        return;
      default:
        if (this.top !== "value") {
          this.giveUp();
          return;
        }
        this.awaitingAlertsArray = false;
    }
  }

  /** A value of the top-level object ends before index i: read it if the preview needs it. */
  private endValue(chunk: string, i: number): void {
    if (!this.valueText.active) return;
    const json: unknown = JSON.parse(this.valueText.take(chunk, i));
    if (this.valueKey === "schemaVersion") {
      if (json === CATALOG_SCHEMA_VERSION) this.version = json;
      else this.giveUp(); // newer or wrong: nothing to preview
    } else {
      const page = v.safeParse(pageSchema, json);
      this.page = page.success ? page.output : null;
    }
  }

  /** Between the elements of the alerts array. */
  private inAlertsArray(code: number, chunk: string, i: number): void {
    switch (code) {
      case COMMA:
        this.endElement(chunk, i);
        if (this.state === "scan") this.startElement(chunk, i + 1);
        return;
      case CLOSE_BRACKET:
        if (this.elementHasContent || this.count > 0) {
          this.endElement(chunk, i);
        } else {
          this.elementText.take(chunk, i); // an empty array
          this.skeletonText.start(i);
        }
        this.inAlerts = false;
        this.depth = 1;
        return;
      case CLOSE_BRACE:
        this.giveUp();
        return;
      case QUOTE:
        this.inString = true;
        break;
      case OPEN_BRACE:
      case OPEN_BRACKET:
        this.depth = 3;
        break;
    }
    this.elementHasContent = true;
  }

  /** An element may begin at index i (just after `[` or `,`). */
  private startElement(chunk: string, i: number): void {
    this.skeleton.push(this.skeletonText.take(chunk, i));
    this.elementText.start(i);
    this.elementHasContent = false;
  }

  /** The element ends before index i (its `,` or `]`): parse it on its own. */
  private endElement(chunk: string, i: number): void {
    const text = this.elementText.take(chunk, i);
    if (!this.elementHasContent) {
      // `[,` or `,,` or `,]`
      this.giveUp();
      return;
    }
    const json: unknown = JSON.parse(text);
    const alert = v.safeParse(alertSchema, json);
    if (alert.success && !this.usableIds.has(alert.output.id)) {
      this.usableIds.add(alert.output.id);
      this.usable.push(alert.output);
      this.alerts.push(alert.output); // equal to the element for readCatalog, minus unknown keys
    } else {
      this.allUsable = false;
      this.alerts.push(json);
    }
    this.count++;
    this.skeleton.push("0");
    this.skeletonText.start(i);
  }
}

/** A reader for catalog JSON text that arrives in pieces. */
export function createCatalogReader(): CatalogReader {
  return new StreamingCatalogReader();
}

/** Work done before pausing for the page to draw and answer input. */
const WORK_BEFORE_PAUSE_MS = 12;
/** With a preview ready, body still to read in hand beyond which it is shown at once (about 50 ms of work). */
const PREVIEW_NOW_ABOVE_BYTES = 512 * 1024;
/** With a preview ready, how long the body may pause before the preview is shown anyway. */
const PREVIEW_WAIT_MS = 50;
/** A pause until the browser's next task: rendering, input and timers get their turn. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Longest wait for a frame: where none is drawn (a hidden tab), reading goes on after this. */
const FRAME_WAIT_MS = 100;
/**
 * A pause until two frames have been drawn: the preview's render and paint come before any more
 * reading (a task of ours queued first would push them back by a slice).
 */
const afterPaint = () =>
  typeof requestAnimationFrame !== "function" // not in a page (unit tests)
    ? nextTask()
    : new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, FRAME_WAIT_MS);
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              clearTimeout(timer);
              resolve();
            }, 0),
          ),
        );
      });

/**
 * Carries on reading a catalog body that has proved large (see loadCatalogProgressively, which
 * read `head` already and hands the rest over in slices of a few dozen KB), showing the first
 * alerts early. Once at least `firstBatch` usable alerts are in and more of the body arrives (or
 * none does for PREVIEW_WAIT_MS: a slow link), calls `onPreview` with a provisional catalog, at
 * most once, and reads on once it is drawn; a body that ends first (or is broken before then)
 * gives no preview. Resolves to the same verdict loadCatalog would give. An exception thrown by
 * onPreview stops the download and rejects the promise.
 */
export async function readRestProgressively(
  head: readonly string[],
  stream: SlicedReader,
  decoder: TextDecoder,
  onPreview: (catalog: Catalog) => void,
  firstBatch: number,
): Promise<CatalogResult> {
  const reader = createCatalogReader();
  // A preview is ready but held until more of the body arrives: if the body ends instead, only the
  // final catalog needs rendering.
  let ready: Catalog | null = null;
  let previewed = false;
  // A read resolves at once while data is queued, so without a pause this loop would hold the
  // main thread for the whole download: the preview would not be drawn, nor a key answered.
  let lastPause = performance.now();
  const showPreview = async (catalog: Catalog) => {
    ready = null;
    previewed = true;
    try {
      onPreview(catalog);
    } catch (error) {
      await stream.cancel(error).catch(() => {});
      throw error;
    }
    await afterPaint();
    lastPause = performance.now();
  };
  // Each text is one slice of the body (see inSlices): a few milliseconds of scanning and parsing.
  const take = async (text: string) => {
    reader.push(text);
    if (!previewed && ready === null && reader.alertsSoFar() >= firstBatch) {
      const preview = reader.preview();
      if (preview !== null && preview.alerts.length >= firstBatch) ready = preview;
    }
    if (performance.now() - lastPause > WORK_BEFORE_PAUSE_MS) {
      await nextTask();
      lastPause = performance.now();
    }
  };
  for (const text of head) await take(text);
  for (;;) {
    const inHand = stream.held;
    const reading = stream.read();
    if (ready !== null) {
      // Much more of the body is already here (a long download buffered while the app's code
      // loaded): reading it first would hold the preview back, so show it now. Otherwise it is
      // shown once more of the body arrives, or once the body is slow to come: not if it ends.
      if (inHand > PREVIEW_NOW_ABOVE_BYTES) await showPreview(ready);
      else if (inHand === 0) {
        const first = await Promise.race([
          reading.then(
            (result) => (result.done ? "ended" : "more"),
            () => "ended",
          ),
          new Promise<"slow">((resolve) => setTimeout(resolve, PREVIEW_WAIT_MS, "slow")),
        ]);
        if (first !== "ended") await showPreview(ready);
      }
    }
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reading;
    } catch (error) {
      return corruptResult(error); // as response.json() rejecting in loadCatalog
    }
    if (next.done) break;
    await take(decoder.decode(next.value, { stream: true }));
  }
  reader.push(decoder.decode());
  return reader.finish();
}
