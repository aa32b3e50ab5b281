import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLATFORMS, SEVERITIES, TACTICS } from "../catalog/taxonomy";
import {
  COLUMN_IDS,
  DEFAULT_VIEW,
  MAX_QUERY_LENGTH,
  parseViewState,
  serializeViewState,
  type ViewState,
} from "./view-state";

/**
 * Property-based tests: whatever a link holds, reading it never throws and gives a valid view;
 * whatever the view, writing it gives a clean query string that reads back the same.
 */

const KEYS = [
  "lang",
  "q",
  "severity",
  "tactic",
  "platform",
  "sort",
  "alert",
  "view",
  "bilingual",
  "status",
  "technique",
  "columns",
];

/** Any UTF-16 text, lone surrogates included (half an emoji pasted into the search box). */
const anyCodeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 40,
});
/** Any Unicode text (well-formed): what a URL can carry. */
const anyText = fc.string({ unit: "binary", maxLength: 40 });

/** The pieces hostile and broken links are made of. */
const junkToken = fc.oneof(
  fc.constantFrom(
    ...KEYS,
    ...KEYS.map((key) => `${key}=`),
    ...[...SEVERITIES, ...TACTICS, ...PLATFORMS, ...COLUMN_IDS].map((value) => value.toUpperCase()),
    "&",
    "=",
    "?",
    "#",
    "+",
    ",",
    "-",
    "%",
    "%%",
    "%E0%A4%A",
    "%ED%A0%80",
    "%C0%AF",
    "%00",
    "%zz",
    "%2",
    "%F0%9F%98",
    "<script>window.__pwned=1</script>",
    "javascript:alert(1)",
    '"><img src=x onerror=alert(1)>',
    "__proto__",
    "constructor",
    "\u202e",
    "\u200b",
    "🙂",
  ),
  anyText,
  anyCodeUnits,
);
const junkQuery = fc
  .array(junkToken, { maxLength: 24 })
  .map((tokens) => tokens.join(""))
  .chain((body) => fc.constantFrom(body, `?${body}`));

/** A parameter whose name the app does not know (names are case-sensitive: LANG is junk). */
const unknownParam = fc
  .tuple(
    fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 12 }).filter((key) => !KEYS.includes(key)),
    anyText,
  )
  .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);

/** A view as the app can hold it (blank search is no search; an alert ID is never blank). */
const canonicalView: fc.Arbitrary<ViewState> = fc
  .record({
    lang: fc.constantFrom(null, "fr" as const, "en" as const),
    q: anyText.map((q) => (q.trim() === "" ? "" : q)),
    severity: fc.subarray([...SEVERITIES]),
    tactic: fc.subarray([...TACTICS]),
    platform: fc.subarray([...PLATFORMS]),
    sort: fc.record({ column: fc.constantFrom(...COLUMN_IDS), desc: fc.boolean() }),
    alert: fc.option(
      anyText.filter((id) => id.trim() !== ""),
      { nil: null },
    ),
    view: fc.constantFrom("table" as const, "matrix" as const),
    bilingual: fc.boolean(),
    technique: fc
      .uniqueArray(
        fc.tuple(
          fc.integer({ min: 1000, max: 1999 }),
          fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
        ),
      )
      .map((ids) =>
        [
          ...new Set(
            ids.map(([n, sub]) => (sub === null ? `T${n}` : `T${n}.${String(sub).padStart(3, "0")}`)),
          ),
        ].sort(),
      ),
    columns: fc.subarray(["techniques" as const]),
  })
  .map((fields) => ({ ...DEFAULT_VIEW, ...fields }));

/** A view with any text at all in its free-text fields, lone surrogates included. */
const anyView: fc.Arbitrary<ViewState> = fc
  .tuple(canonicalView, anyCodeUnits, fc.option(anyCodeUnits, { nil: null }))
  .map(([view, q, alert]) => ({ ...view, q, alert }));

const inOrder = <T>(allowed: readonly T[], values: readonly T[]) =>
  values.every((value, index) => allowed.indexOf(value) > allowed.indexOf(values[index - 1] as T));

function expectValid(view: ViewState) {
  expect([null, "fr", "en"]).toContain(view.lang);
  expect(view.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  expect(view.q === "" || view.q.trim() !== "").toBe(true);
  expect(view.q).not.toMatch(/\p{Cs}/u);
  expect(inOrder(SEVERITIES, view.severity) && inOrder(TACTICS, view.tactic)).toBe(true);
  expect(inOrder(PLATFORMS, view.platform)).toBe(true);
  expect(COLUMN_IDS).toContain(view.sort.column);
  expect(typeof view.sort.desc).toBe("boolean");
  expect(view.alert === null || view.alert.trim() !== "").toBe(true);
  expect(["table", "matrix"]).toContain(view.view);
  expect(typeof view.bilingual).toBe("boolean");
}

describe("parseViewState, fuzzed", () => {
  it("never throws and always gives a valid view, whatever the query string", () => {
    fc.assert(
      fc.property(fc.oneof(junkQuery, anyCodeUnits), (search) => expectValid(parseViewState(search))),
      { numRuns: 1000 },
    );
  });

  it("reads its own writing back unchanged: parsing is already canonical", () => {
    fc.assert(
      fc.property(junkQuery, (search) => {
        const view = parseViewState(search);
        expect(parseViewState(serializeViewState(view))).toEqual(view);
      }),
      { numRuns: 1000 },
    );
  });

  it("ignores parameters it does not know, wherever they stand", () => {
    fc.assert(
      fc.property(canonicalView, fc.array(unknownParam, { maxLength: 5 }), (view, junk) => {
        const search = serializeViewState(view);
        const params = [...search.replace(/^\?/, "").split("&").filter(Boolean), ...junk];
        const shuffled = [...params].sort(); // any order: known keys keep their relative order
        expect(parseViewState(`?${params.join("&")}`)).toEqual(view);
        expect(parseViewState(`?${shuffled.join("&")}`)).toEqual(view);
      }),
    );
  });

  it("drops values it does not know from a list, keeping the ones it does", () => {
    const notASeverity = anyText.filter(
      (value) =>
        !value.includes(",") && !SEVERITIES.some((s) => s.toLowerCase() === value.trim().toLowerCase()),
    );
    fc.assert(
      fc.property(fc.subarray([...SEVERITIES]), fc.array(notASeverity, { maxLength: 4 }), (kept, junk) => {
        const values = [...junk, ...kept].map(encodeURIComponent).join(",");
        expect(parseViewState(`?severity=${values}`).severity).toEqual(kept);
      }),
    );
  });

  it("takes the first of a repeated parameter, and merges repeated lists", () => {
    fc.assert(
      fc.property(canonicalView, canonicalView, (first, second) => {
        const a = serializeViewState(first).replace(/^\?/, "");
        const b = serializeViewState(second).replace(/^\?/, "");
        const both = parseViewState(`?${[a, b].filter(Boolean).join("&")}`);
        const merged = (list: "severity" | "tactic" | "platform", all: readonly string[]) =>
          all.filter(
            (value) =>
              (first[list] as string[]).includes(value) || (second[list] as string[]).includes(value),
          );
        expect(both.severity).toEqual(merged("severity", SEVERITIES));
        expect(both.tactic).toEqual(merged("tactic", TACTICS));
        expect(both.platform).toEqual(merged("platform", PLATFORMS));
        if (first.lang) expect(both.lang).toBe(first.lang);
        if (first.q) expect(both.q).toBe(first.q);
        if (first.alert) expect(both.alert).toBe(first.alert);
      }),
    );
  });

  it("caps a huge search text without splitting a character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 150, maxLength: 400 }), (q) => {
        const read = parseViewState(`?q=${encodeURIComponent(q)}`).q;
        expect(read.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(q.startsWith(read)).toBe(true);
        expect(read).not.toMatch(/\p{Cs}/u);
      }),
    );
  });
});

describe("serializeViewState, fuzzed", () => {
  it("never throws, and writes only a clean query string: no space, no fragment, nothing raw", () => {
    fc.assert(
      fc.property(anyView, (view) => {
        expect(serializeViewState(view)).toMatch(/^(\?[!-"$-~]*)?$/);
      }),
      { numRuns: 1000 },
    );
  });

  it("round-trips every view the app can hold", () => {
    fc.assert(
      fc.property(canonicalView, (view) => {
        expect(parseViewState(serializeViewState(view))).toEqual(view);
      }),
      { numRuns: 1000 },
    );
  });

  it("writes nothing for the defaults, and each other value once", () => {
    fc.assert(
      fc.property(canonicalView, (view) => {
        const keys = serializeViewState(view)
          .replace(/^\?/, "")
          .split("&")
          .filter(Boolean)
          .map((part) => part.split("=")[0]);
        expect(new Set(keys).size).toBe(keys.length);
        expect(keys.includes("lang")).toBe(view.lang !== null);
        expect(keys.includes("q")).toBe(view.q !== "");
        expect(keys.includes("view")).toBe(view.view !== "table");
      }),
    );
  });
});
