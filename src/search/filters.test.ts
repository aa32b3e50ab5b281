import { describe, expect, it } from "vitest";
import type { Language } from "../catalog/schema";
import { realCatalog } from "../catalog/test-catalog";
import { hasFacetFilters, matchesQuery, searchableText, searchQuery } from "./filters";

/** The IDs the search finds for a query, as the table's filter finds them. */
const found = (q: string, language: Language = "en") =>
  realCatalog.alerts
    .filter((alert) => matchesQuery(searchableText(alert, language), searchQuery(q)))
    .map((alert) => alert.id);

const CREDENTIALS = "AppServices_KnownCredential AccessTools"; // as published, with a space

describe("matchesQuery on IDs as analysts paste them", () => {
  it("finds the published ID and the portal's spelling without its space", () => {
    expect(found(CREDENTIALS)).toEqual([CREDENTIALS]);
    expect(found("AppServices_KnownCredentialAccessTools")).toEqual([CREDENTIALS]);
    expect(found("KnownCredentialAccessTools", "fr")).toEqual([CREDENTIALS]);
  });

  it("ignores case, quotes and a trailing space", () => {
    for (const pasted of [
      "appservices_curltodisk",
      '"AppServices_CurlToDisk"',
      "“AppServices_CurlToDisk”",
      "'AppServices_CurlToDisk'",
      "AppServices_CurlToDisk ",
      "« AppServices_CurlToDisk »",
    ])
      expect(found(pasted), pasted).toEqual(["AppServices_CurlToDisk"]);
  });

  it("still needs every word of an ordinary search, in any order", () => {
    expect(found("certutil download")).toEqual(["AppServices_DownloadUsingCertutil"]);
    expect(found("download certutil")).toEqual(["AppServices_DownloadUsingCertutil"]);
    expect(found("certutil nothing-like-this")).toEqual([]);
  });

  it("finds a quoted word as the word", () => {
    expect(found('"pastebin"')).toEqual(found("pastebin"));
    expect(found("pastebin").length).toBeGreaterThan(0);
  });

  it("does not join words across the description", () => {
    // "raw data" is in a description; "rawdata" is in no ID.
    expect(found("rawdata")).toEqual([]);
  });
});

describe("hasFacetFilters", () => {
  it("leaves the search aside", () => {
    const none = { q: "zzzz", severity: [], tactic: [], platform: [], status: [], technique: [] };
    expect(hasFacetFilters(none)).toBe(false);
    expect(hasFacetFilters({ ...none, status: ["active"] })).toBe(true);
    expect(hasFacetFilters({ ...none, technique: ["T1105"] })).toBe(true);
  });
});
