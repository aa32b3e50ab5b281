import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { generateCatalog } from "../../scripts/synthetic-catalog.ts";
import { realCatalog } from "../search/test-catalog.ts";
import { type CatalogReader, createCatalogReader, PLACEHOLDER_PAGE } from "./catalog-stream.ts";
import {
  type CatalogResult,
  loadCatalog,
  loadCatalogProgressively,
  readCatalogText,
} from "./load-catalog.ts";
import type { Catalog } from "./schema.ts";

/** The text cut every `size` characters. */
function split(text: string, size: number): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return chunks;
}

/** The text cut at the given positions (any order, repeats and out-of-range ones allowed). */
function splitAt(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((cut) => Math.min(Math.max(cut, 0), text.length)))].sort(
    (a, b) => a - b,
  );
  const chunks: string[] = [];
  let from = 0;
  for (const point of [...points, text.length]) {
    chunks.push(text.slice(from, point));
    from = point;
  }
  return chunks;
}

function fed(chunks: readonly string[]): CatalogReader {
  const reader = createCatalogReader();
  for (const chunk of chunks) reader.push(chunk);
  return reader;
}
const verdict = (chunks: readonly string[]): CatalogResult => fed(chunks).finish();

const realJson = JSON.stringify(realCatalog);
const small: Catalog = { ...realCatalog, alerts: realCatalog.alerts.slice(0, 3) };
const smallJson = JSON.stringify(small, null, 1);

/**
 * Valid but awkward: keys in another order, one spelled with an escape, odd whitespace, and text
 * full of what a naive scanner would mistake for structure.
 */
const trickyAlerts = String.raw`[
  {"description":{"fr":"Crochets ] } et [ { dans le texte, \"alerts\": [ ] et barre \\ fin","en":"Brackets ] } [ { , \"alerts\":[1,2] backslash \\\" then \\\\"},
   "id":"Tricky_1","title":{"fr":"\u00c9l\u00e9vation \u201cquot\u00e9e\u201d","en":"Escapes \/ \b \f \n \r \t \u0000 \ud83d\ude00 😀 é"},
   "severity":"High","tactics":["Execution"],"platforms":[]} ,
  { "id" : "Tricky_2" , "extra" : { "nested" : [ 1 , -1.5e+3 , { "a" : "]" } , true , null ] , "alerts" : [ ] },
    "severity":"Low","tactics":[],"platforms":["Linux","Windows"],
    "title":{"fr":"\"}\"","en":"\\"},"description":{"fr":"\\\\\\\"]","en":"{\"\\u\":\"}"}}
,{"id":"Tricky_3","severity":"Informational","tactics":["PreAttack","Impact"],"platforms":["Windows"],"title":{"fr":"a","en":"b"},"description":{"fr":"ç","en":"c"}}]`;
const trickyJson = `\n\t{ "comment" : "\\"alerts\\": [ ] } ] ,\\\\" ,\r\n  "\\u0061lerts"  :  ${trickyAlerts} ,"page":${JSON.stringify(
  realCatalog.page,
  null,
  3,
)},"schemaVersion"  : 1 }  \n`;

/** A catalog's JSON with its keys written in the given order. */
function withKeys(catalog: Catalog, order: readonly (keyof Catalog)[], space?: number): string {
  return `{${order.map((key) => `${JSON.stringify(key)}:${JSON.stringify(catalog[key], null, space)}`).join(",\n")}}`;
}

describe("createCatalogReader: the verdict is readCatalogText's", () => {
  it("for a small catalog cut at every chunk size", () => {
    const expected = readCatalogText(smallJson);
    expect(expected.ok).toBe(true);
    for (let size = 1; size <= smallJson.length; size++) {
      expect(verdict(split(smallJson, size)), `chunks of ${size}`).toStrictEqual(expected);
    }
  });

  it("for tricky text (escapes, brackets and quotes in strings, an escaped key) at every chunk size", () => {
    const expected = readCatalogText(trickyJson);
    expect(expected).toMatchObject({ ok: true, catalog: { alerts: { length: 3 } } });
    for (let size = 1; size <= trickyJson.length; size++) {
      const reader = fed(split(trickyJson, size));
      expect(reader.alertsSoFar()).toBe(3);
      expect(reader.finish(), `chunks of ${size}`).toStrictEqual(expected);
    }
  });

  it("for the real catalog in chunks of 1 to 400 characters, and larger", () => {
    const expected = readCatalogText(realJson);
    expect(expected).toStrictEqual({ ok: true, catalog: realCatalog });
    for (let size = 1; size <= 400; size++) expect(verdict(split(realJson, size))).toStrictEqual(expected);
    for (const size of [1000, 4096, 10_000, 65_536])
      expect(verdict(split(realJson, size))).toStrictEqual(expected);
  });

  it("for a 1,000-alert catalog cut anywhere", () => {
    const json = JSON.stringify(generateCatalog(realCatalog, 1_000));
    const expected = readCatalogText(json);
    expect(expected.ok).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: json.length }), { maxLength: 300 }), (cuts) => {
        expect(verdict(splitAt(json, cuts))).toStrictEqual(expected);
      }),
      { numRuns: 15 },
    );
  });

  it("for the 10,000-alert catalog in 64 KB chunks, in about the time of one JSON.parse", () => {
    const json = JSON.stringify(generateCatalog(realCatalog, 10_000));
    let start = performance.now();
    const expected = readCatalogText(json);
    const whole = performance.now() - start;
    start = performance.now();
    const reader = fed(split(json, 65_536));
    const pushed = performance.now() - start;
    const result = reader.finish();
    const finished = performance.now() - start;
    expect(reader.alertsSoFar()).toBe(10_000);
    expect(result).toStrictEqual(expected);
    console.info(
      `10,000 alerts: readCatalogText ${whole.toFixed(0)} ms; 64 KB pushes ${pushed.toFixed(0)} ms, then finish ${(finished - pushed).toFixed(0)} ms`,
    );
  });

  it("does linear work: a 1 MB catalog pushed one character at a time", () => {
    const json = JSON.stringify(generateCatalog(realCatalog, 1_000));
    const reader = createCatalogReader();
    for (const char of json) reader.push(char);
    expect(reader.finish()).toStrictEqual(readCatalogText(json));
  });

  it("whatever the order of the keys and the whitespace", () => {
    const orders: (keyof Catalog)[][] = [
      ["schemaVersion", "page", "alerts"],
      ["schemaVersion", "alerts", "page"],
      ["page", "schemaVersion", "alerts"],
      ["page", "alerts", "schemaVersion"],
      ["alerts", "schemaVersion", "page"],
      ["alerts", "page", "schemaVersion"],
    ];
    for (const order of orders) {
      for (const space of [undefined, 2]) {
        const json = withKeys(small, order, space);
        const expected = readCatalogText(json);
        expect(expected).toStrictEqual({ ok: true, catalog: small });
        for (const size of [1, 2, 3, 7, 64, json.length])
          expect(verdict(split(json, size))).toStrictEqual(expected);
      }
    }
  });

  it("for an empty alerts array", () => {
    for (const alerts of ["[]", "[ ]", "[\n\t]"]) {
      const json = `{"schemaVersion":1,"page":${JSON.stringify(small.page)},"alerts":${alerts}}`;
      for (const size of [1, 2, 5, json.length]) {
        const reader = fed(split(json, size));
        expect(reader.alertsSoFar()).toBe(0);
        expect(reader.preview()).toBeNull();
        expect(reader.finish()).toStrictEqual({ ok: true, catalog: { ...small, alerts: [] } });
      }
    }
  });

  it("for every truncation of a catalog", () => {
    for (let end = 0; end < smallJson.length; end++) {
      const text = smallJson.slice(0, end);
      const expected = readCatalogText(text);
      expect(expected.ok).toBe(false);
      expect(verdict(split(text, 5))).toStrictEqual(expected);
    }
  });

  it("for garbage and near-misses", () => {
    const page = JSON.stringify(small.page);
    const alert = JSON.stringify(small.alerts[0]);
    const texts = [
      "",
      " ",
      "null",
      "42",
      '"catalog"',
      "[]",
      "{}",
      "{ }",
      "{not json",
      "\uFEFF{}",
      `{"schemaVersion":1,"page":${page},"alerts":[${alert}]} x`,
      `{"schemaVersion":1,"page":${page},"alerts":[${alert}]}}`,
      `{"schemaVersion":1,"page":${page},"alerts":[${alert},]}`,
      `{"schemaVersion":1,"page":${page},"alerts":[,${alert}]}`,
      `{"schemaVersion":1,"page":${page},"alerts":[${alert},,${alert}]}`,
      `{"schemaVersion":1,"page":${page},"alerts":[${alert} ${alert}]}`,
      `{"schemaVersion":1,"page":${page},"alerts":[${alert}}}`,
      `{"schemaVersion":1,"page":${page},"alerts":{"a":${alert}}}`,
      `{"schemaVersion":1,"page":${page},"alerts":null}`,
      `{"schemaVersion":1,"page":${page},"alerts":[${alert}],}`,
      `{"schemaVersion":1,"page":${page},"alerts":[${alert}] "x":1}`,
      `{"schemaVersion":1,"page":${page} "alerts":[${alert}]}`,
      `{"schemaVersion":1,"page":${page},"alerts" [${alert}]}`,
      `{"schemaVersion":1,"page":${page},"alerts":[${alert}],"alerts":[]}`,
      `{"schemaVersion":1,"page":${page},"alerts":[],"alerts":[${alert}]}`,
      `{"schemaVersion":1,"page":${page},"alerts":[${alert}],"alerts":null}`,
      `{"schemaVersion":1,"page":null,"alerts":[${alert}],"page":${page}}`,
      `{"schemaVersion":1,"page":${page},"alerts":[${alert}],"page":null}`,
      `{"schemaVersion":1,"schemaVersion":1,"page":${page},"alerts":[${alert}]}`,
      `{"schemaVersion":"1","page":${page},"alerts":[${alert}]}`,
      `{"schemaVersion":1.0,"page":${page},"alerts":[${alert}]}`,
      `{"schemaVersion":0,"page":${page},"alerts":[${alert}]}`,
      `{"page":${page},"alerts":[${alert}]}`,
      `{"schemaVersion":1,"alerts":[${alert}]}`,
      `{"schemaVersion":1,"page":${page}}`,
      `{"schemaVersion":1,"page":${page},"alerts":[${alert}],"__proto__":{"alerts":[]}}`,
      `{"schemaVersion":1,"page":${page},"alerts":[1,"a",null,[],{}]}`,
      `{"schemaVersion":1,"page":${page},"alerts":[${alert.replace('"id"', '"id\\x"')}]}`,
      `{"schemaVersion":1,"page":${page},"alerts":[${alert.replace("{", "{\u00a0")}]}`,
      `{"schemaVersion":1,"page":${page},"alerts":[${alert}]`,
      `{"schemaVersion":1,"page":${page},"alerts":[${alert}`,
      `{"schemaVersion":1,"page":${page},"alerts":[${alert}]}\n\n`,
      `["schemaVersion",1,"page",${page},"alerts",[${alert}]]`,
    ];
    for (const text of texts) {
      const expected = readCatalogText(text);
      for (const size of [1, 3, 16, Math.max(text.length, 1)]) {
        expect(verdict(split(text, size)), `${text.slice(0, 40)}… in chunks of ${size}`).toStrictEqual(
          expected,
        );
      }
    }
  });

  it("says a newer schema version is newer, wherever the version stands", () => {
    const newer = { ...small, schemaVersion: 2 } as unknown as Catalog;
    for (const order of [
      ["schemaVersion", "page", "alerts"],
      ["page", "alerts", "schemaVersion"],
    ] as (keyof Catalog)[][]) {
      const json = withKeys(newer, order);
      expect(readCatalogText(json)).toStrictEqual({ ok: false, problem: { kind: "newer", version: 2 } });
      expect(verdict(split(json, 10))).toStrictEqual(readCatalogText(json));
    }
    // Newer yet broken: the JSON error comes first, as with readCatalogText.
    const broken = `${withKeys(newer, ["schemaVersion", "page", "alerts"]).slice(0, -2)}`;
    expect(verdict(split(broken, 10))).toStrictEqual(readCatalogText(broken));
    expect(readCatalogText(broken)).toMatchObject({ ok: false, problem: { kind: "corrupt" } });
  });

  it("rejects duplicate IDs with readCatalogText's message", () => {
    const doubled = JSON.stringify({ ...small, alerts: [...small.alerts, small.alerts[0]] });
    const expected = readCatalogText(doubled);
    expect(expected).toStrictEqual({
      ok: false,
      problem: { kind: "corrupt", detail: `duplicate alert ID ${small.alerts[0]?.id}` },
    });
    expect(verdict(split(doubled, 100))).toStrictEqual(expected);
  });

  it("names the failing field of an alert that breaks the schema, as readCatalogText does", () => {
    const damaged = structuredClone(small) as { alerts: { severity: string }[] };
    (damaged.alerts[1] as { severity: string }).severity = "Critical";
    const json = JSON.stringify(damaged);
    const expected = readCatalogText(json);
    expect(expected).toMatchObject({ ok: false, problem: { kind: "corrupt", detail: /severity/ } });
    expect(verdict(split(json, 100))).toStrictEqual(expected);
  });

  it("drops unknown keys as readCatalogText does", () => {
    const json = JSON.stringify({
      ...small,
      extra: [1, { alerts: [] }],
      alerts: small.alerts.map((alert) => ({ ...alert, extra: "]" })),
    });
    expect(verdict(split(json, 50))).toStrictEqual({ ok: true, catalog: small });
  });
});

describe("createCatalogReader: preview", () => {
  it("holds the alerts completed so far, with the page once its text is in", () => {
    const reader = createCatalogReader();
    const pageEnd = realJson.indexOf(',"alerts"');
    reader.push(realJson.slice(0, pageEnd - 10));
    expect(reader.preview()).toBeNull();
    reader.push(realJson.slice(pageEnd - 10, pageEnd + 1));
    expect(reader.preview()).toBeNull(); // the page alone is not worth showing
    const third = realJson.indexOf(`{"id":${JSON.stringify(realCatalog.alerts[3]?.id)}`);
    reader.push(realJson.slice(pageEnd + 1, third + 20));
    expect(reader.alertsSoFar()).toBe(3);
    expect(reader.preview()).toStrictEqual({ ...realCatalog, alerts: realCatalog.alerts.slice(0, 3) });
  });

  it("shows a placeholder page while the alerts come first", () => {
    const json = withKeys(small, ["alerts", "schemaVersion", "page"]);
    const reader = createCatalogReader();
    reader.push(json.slice(0, json.indexOf('"schemaVersion"')));
    const early = reader.preview();
    expect(early).toStrictEqual({ schemaVersion: 1, page: PLACEHOLDER_PAGE, alerts: small.alerts });
    expect(early?.page).toBe(PLACEHOLDER_PAGE);
    expect(PLACEHOLDER_PAGE).toStrictEqual({ title: { fr: "", en: "" }, notes: [] });
    reader.push(json.slice(json.indexOf('"schemaVersion"'), -1));
    expect(reader.preview()?.page).toBe(PLACEHOLDER_PAGE); // a value ends at its `,` or `}`
    reader.push("}");
    expect(reader.preview()).toStrictEqual(small);
  });

  it("is the same object while nothing new has arrived, and a copy each time something has", () => {
    const reader = createCatalogReader();
    const firstEnd = realJson.indexOf(',{"id"', realJson.indexOf('"alerts"') + 12) + 1;
    reader.push(realJson.slice(0, firstEnd));
    const first = reader.preview();
    expect(first?.alerts).toHaveLength(1);
    reader.push(" ");
    expect(reader.preview()).toBe(first);
    reader.push(realJson.slice(firstEnd, -1));
    const later = reader.preview();
    expect(later?.alerts).toHaveLength(realCatalog.alerts.length);
    expect(first?.alerts).toHaveLength(1);
  });

  it("leaves out an alert that fails the schema, and a repeated ID", () => {
    const bad = { ...small.alerts[1], severity: "Critical" };
    const json = JSON.stringify({
      ...small,
      alerts: [small.alerts[0], bad, small.alerts[2], small.alerts[0]],
    });
    const reader = fed(split(json.slice(0, -1), 64));
    expect(reader.alertsSoFar()).toBe(4);
    expect(reader.preview()?.alerts).toStrictEqual([small.alerts[0], small.alerts[2]]);
  });

  it("is null once the text is known broken or of another version, and after finish", () => {
    const page = JSON.stringify(small.page);
    const alert = JSON.stringify(small.alerts[0]);
    const broken = fed([`{"schemaVersion":1,"page":${page},"alerts":[${alert},{"id" "x"},`]);
    expect(broken.preview()).toBeNull();
    const newer = fed([`{"page":${page},"alerts":[${alert},`]);
    expect(newer.preview()?.alerts).toHaveLength(1);
    newer.push('{}],"schemaVersion":2');
    expect(newer.preview()?.alerts).toHaveLength(1); // the version may go on: 2.5, 25…
    newer.push("}");
    expect(newer.preview()).toBeNull();
    const twice = fed([`{"page":${page},"alerts":[${alert}],`]);
    expect(twice.preview()?.alerts).toHaveLength(1);
    twice.push(`"alerts":[${alert},`); // JSON.parse would keep this second array: left to it
    expect(twice.preview()).toBeNull();
    const notObject = fed([`[{"page":${page},"alerts":[${alert},`]);
    expect(notObject.preview()).toBeNull();
    const done = fed([JSON.stringify(small)]);
    expect(done.preview()?.alerts).toHaveLength(3);
    done.finish();
    expect(done.preview()).toBeNull();
  });

  it("after any chunking, every preview is a prefix of the final catalog, and the verdict holds", () => {
    const texts = [realJson, trickyJson, withKeys(small, ["alerts", "page", "schemaVersion"], 1)];
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(fc.nat({ max: realJson.length }), { maxLength: 60 }),
        (text, cuts) => {
          const chunks = splitAt(text, cuts);
          const expected = readCatalogText(text);
          if (!expected.ok) throw new Error("the texts are valid catalogs");
          const reader = createCatalogReader();
          for (const chunk of chunks) {
            reader.push(chunk);
            const preview = reader.preview();
            if (preview === null) continue;
            expect(preview.alerts).toStrictEqual(expected.catalog.alerts.slice(0, preview.alerts.length));
            expect(preview.page === PLACEHOLDER_PAGE || preview.page).toBeTruthy();
            if (preview.page !== PLACEHOLDER_PAGE) expect(preview.page).toStrictEqual(expected.catalog.page);
          }
          expect(reader.finish()).toStrictEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("createCatalogReader: property", () => {
  /** Edits that make text broken, or valid but different, or a different valid catalog. */
  const edit = fc.oneof(
    fc.record({ at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }).map(
      ({ at, length }) =>
        (text: string) =>
          text.slice(0, at % (text.length + 1)) + text.slice((at % (text.length + 1)) + length),
    ),
    fc
      .record({
        at: fc.nat(),
        insert: fc.constantFrom(
          '"',
          "\\",
          "\\u",
          ",",
          ":",
          "[",
          "]",
          "{",
          "}",
          " ",
          "0",
          "-",
          "e",
          '"alerts":[',
          '"alerts":',
          '"page":',
          '{"a":1}',
          "null",
          "é",
          "\n",
        ),
      })
      .map(({ at, insert }) => (text: string) => {
        const point = at % (text.length + 1);
        return text.slice(0, point) + insert + text.slice(point);
      }),
  );

  it("no edit and no chunking makes the reader disagree with readCatalogText", () => {
    const base = [trickyJson, smallJson, withKeys(small, ["alerts", "schemaVersion", "page"])];
    let valid = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...base),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat({ max: 6_000 }), { maxLength: 40 }),
        (text, edits, cuts) => {
          const edited = edits.reduce((current, apply) => apply(current), text);
          const expected = readCatalogText(edited);
          if (expected.ok) valid++;
          expect(verdict(splitAt(edited, cuts))).toStrictEqual(expected);
        },
      ),
      { numRuns: 2_000 },
    );
    // Some edits (inside strings, in whitespace) keep the catalog valid: both paths are exercised.
    expect(valid).toBeGreaterThan(20);
  });
});

describe("loadCatalogProgressively", () => {
  const encoder = new TextEncoder();
  const bigJson = JSON.stringify(generateCatalog(realCatalog, 1_000));

  /** The text as UTF-8 bytes cut every `size` bytes, through multi-byte characters too. */
  function byteChunks(text: string, size: number): Uint8Array[] {
    const bytes = encoder.encode(text);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.slice(i, i + size));
    return chunks;
  }

  /** A body delivering one chunk per read, asynchronously, as a network would. */
  function streamOf(chunks: readonly Uint8Array[], failAfter?: number): ReadableStream<Uint8Array> {
    let next = 0;
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        await Promise.resolve();
        if (failAfter !== undefined && next === failAfter) {
          controller.error(new TypeError("network error"));
          return;
        }
        const chunk = chunks[next++];
        if (chunk === undefined) controller.close();
        else controller.enqueue(chunk);
      },
    });
  }

  const serving = (body: () => BodyInit | null, status = 200) =>
    vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(body(), { status }));

  it("previews once, early, then resolves to what loadCatalog gives", async () => {
    const chunks = byteChunks(bigJson, 4_001);
    const fetchImpl = serving(() => streamOf(chunks));
    const onPreview = vi.fn((_catalog: Catalog) => {});
    const result = await loadCatalogProgressively("catalog.json", onPreview, { streamAbove: 0, fetchImpl });
    expect(fetchImpl).toHaveBeenCalledWith("catalog.json", { cache: "no-cache" });
    const expected = await loadCatalog("catalog.json", async () => new Response(bigJson));
    expect(expected.ok).toBe(true);
    expect(result).toStrictEqual(expected);
    expect(onPreview).toHaveBeenCalledOnce();
    const preview = onPreview.mock.calls[0]?.[0] as Catalog;
    expect(preview.alerts.length).toBeGreaterThanOrEqual(50); // the default first batch
    expect(preview.alerts.length).toBeLessThan(100); // early: a 4 KB chunk holds a few alerts
    if (expected.ok) {
      expect(preview.alerts).toStrictEqual(expected.catalog.alerts.slice(0, preview.alerts.length));
      expect(preview.page).toStrictEqual(expected.catalog.page);
    }
  });

  it("honours firstBatch", async () => {
    const onPreview = vi.fn((_catalog: Catalog) => {});
    const fetchImpl = serving(() => streamOf(byteChunks(bigJson, 16_384)));
    await loadCatalogProgressively("x", onPreview, { streamAbove: 0, fetchImpl, firstBatch: 500 });
    expect(onPreview).toHaveBeenCalledOnce();
    expect(onPreview.mock.calls[0]?.[0].alerts.length).toBeGreaterThanOrEqual(500);
  });

  it("does not preview a body that arrives in one chunk, unless reading that chunk takes a while", async () => {
    const smaller = JSON.stringify(generateCatalog(realCatalog, 300)); // about 350,000 characters
    const onPreview = vi.fn();
    const fetchImpl = serving(() => streamOf([encoder.encode(smaller)]));
    const result = await loadCatalogProgressively("x", onPreview, { streamAbove: 0, fetchImpl });
    expect(result).toMatchObject({ ok: true, catalog: { alerts: { length: 300 } } });
    expect(onPreview).not.toHaveBeenCalled();
    // Over half a million characters in hand (a download buffered while the app's code loaded):
    // the first alerts are shown before the rest is read.
    const early = vi.fn();
    const whole = await loadCatalogProgressively("x", early, {
      streamAbove: 0,
      fetchImpl: serving(() => streamOf([encoder.encode(bigJson)])),
    });
    expect(whole).toMatchObject({ ok: true, catalog: { alerts: { length: 1_000 } } });
    expect(early).toHaveBeenCalledOnce();
    const [preview] = early.mock.calls[0] as [Catalog];
    expect(preview.alerts.length).toBeLessThan(1_000);
  });

  it("reads a body up to the streaming size whole: no preview, the same verdict", async () => {
    const bytes = encoder.encode(bigJson);
    const chunks = byteChunks(bigJson, 4_096);
    const onPreview = vi.fn();
    const result = await loadCatalogProgressively("x", onPreview, {
      streamAbove: bytes.length,
      fetchImpl: serving(() => streamOf(chunks)),
      firstBatch: 1,
    });
    expect(onPreview).not.toHaveBeenCalled();
    expect(result).toStrictEqual(readCatalogText(bigJson));
    // One byte over and the streaming reader takes over, with its early preview.
    const streamed = vi.fn();
    await loadCatalogProgressively("x", streamed, {
      streamAbove: bytes.length - 4_097,
      fetchImpl: serving(() => streamOf(chunks)),
      firstBatch: 1,
    });
    expect(streamed).toHaveBeenCalledOnce();
  });

  it("previews only if more of the body follows the first batch", async () => {
    const bytes = encoder.encode(bigJson);
    const twoChunks = [bytes.slice(0, bytes.length / 2), bytes.slice(bytes.length / 2)];
    const early = vi.fn();
    await loadCatalogProgressively("x", early, {
      streamAbove: 0,
      fetchImpl: serving(() => streamOf(twoChunks)),
    });
    expect(early).toHaveBeenCalledOnce();
    const late = vi.fn();
    const result = await loadCatalogProgressively("x", late, {
      streamAbove: 0,
      fetchImpl: serving(() => streamOf(twoChunks)),
      firstBatch: 900,
    });
    expect(late).not.toHaveBeenCalled();
    expect(result.ok).toBe(true);
  });

  it("does not preview a broken catalog", async () => {
    const broken = bigJson.replace('"severity":"High"', '"severity" "High"');
    const onPreview = vi.fn();
    const fetchImpl = serving(() => streamOf(byteChunks(broken, 1_000)));
    const result = await loadCatalogProgressively("x", onPreview, {
      streamAbove: 0,
      fetchImpl,
      firstBatch: 1,
    });
    expect(onPreview).not.toHaveBeenCalled();
    expect(result).toStrictEqual(await loadCatalog("x", async () => new Response(broken)));
    expect(result).toMatchObject({ ok: false, problem: { kind: "corrupt" } });
  });

  it("reports what loadCatalog reports for a file that is not JSON", async () => {
    const fetchImpl = serving(() => streamOf(byteChunks("{not json", 3)));
    expect(await loadCatalogProgressively("x", vi.fn(), { streamAbove: 0, fetchImpl })).toStrictEqual(
      await loadCatalog("x", async () => new Response("{not json")),
    );
  });

  it("reports a missing file with its status", async () => {
    const onPreview = vi.fn();
    expect(
      await loadCatalogProgressively("x", onPreview, { streamAbove: 0, fetchImpl: serving(() => "", 404) }),
    ).toEqual({
      ok: false,
      problem: { kind: "missing", status: 404 },
    });
    expect(onPreview).not.toHaveBeenCalled();
  });

  it("reports a network failure", async () => {
    const offline = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await loadCatalogProgressively("x", vi.fn(), { streamAbove: 0, fetchImpl: offline })).toEqual({
      ok: false,
      problem: { kind: "network" },
    });
  });

  it("reports a body cut off by the network as loadCatalog does: corrupt", async () => {
    const fetchImpl = serving(() => streamOf(byteChunks(bigJson, 8_192), 20));
    expect(await loadCatalogProgressively("x", vi.fn(), { streamAbove: 0, fetchImpl })).toStrictEqual({
      ok: false,
      problem: { kind: "corrupt", detail: "network error" },
    });
  });

  it("reads a response without a body stream as text", async () => {
    const response = new Response(realJson);
    Object.defineProperty(response, "body", { value: null });
    const onPreview = vi.fn();
    const result = await loadCatalogProgressively("x", onPreview, {
      streamAbove: 0,
      fetchImpl: async () => response,
    });
    expect(result).toStrictEqual({ ok: true, catalog: realCatalog });
    expect(onPreview).not.toHaveBeenCalled();
  });

  it("decodes UTF-8 split inside characters, with a byte order mark, as response.json() does", async () => {
    const text = `\uFEFF${trickyJson}`;
    const fetchImpl = serving(() => streamOf(byteChunks(text, 1)));
    const result = await loadCatalogProgressively("x", vi.fn(), { streamAbove: 0, fetchImpl, firstBatch: 1 });
    expect(result).toStrictEqual(await loadCatalog("x", async () => new Response(encoder.encode(text))));
    expect(result.ok).toBe(true);
  });

  it("stops the download and rejects when onPreview throws", async () => {
    const cancel = vi.fn();
    const chunks = byteChunks(bigJson, 4_096);
    let next = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = chunks[next++];
        if (chunk === undefined) controller.close();
        else controller.enqueue(chunk);
      },
      cancel,
    });
    const failing = () => {
      throw new Error("render failed");
    };
    await expect(
      loadCatalogProgressively("x", failing, {
        streamAbove: 0,
        fetchImpl: serving(() => body),
        firstBatch: 10,
      }),
    ).rejects.toThrow("render failed");
    expect(cancel).toHaveBeenCalledOnce();
    expect(next).toBeLessThan(chunks.length);
  });
});
