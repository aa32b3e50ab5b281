import { describe, expect, it } from "vitest";
import { queryTerms } from "./fold";
import { alertsMatching, buildSearchIndex, matchesTerms } from "./search-index";
import { realCatalog } from "./test-catalog";

const alerts = realCatalog.alerts;
const ids = (list: readonly { id: string }[]) => list.map((alert) => alert.id);

describe("alertsMatching", () => {
  it("gives every alert without terms, and the same alerts as matching one by one with terms", () => {
    const index = buildSearchIndex(alerts);
    expect(alertsMatching(index, "en", [])).toBe(alerts);
    for (const query of ["certutil", "process linux", "exécution", "appservices_curl"]) {
      const terms = queryTerms(query);
      for (const language of ["fr", "en"] as const) {
        expect(ids(alertsMatching(index, language, terms))).toEqual(
          ids(alerts.filter((alert) => matchesTerms(index, alert, language, terms))),
        );
      }
    }
  });

  it("answers a query typed letter by letter, then erased, as a fresh index would", () => {
    const typing = buildSearchIndex(alerts);
    const query = "suspicious process";
    const prefixes = [...query].map((_, i) => query.slice(0, i + 1));
    for (const prefix of [...prefixes, ...prefixes.reverse(), "s pro", "pro s", "xyz", "x"]) {
      const terms = queryTerms(prefix);
      const fresh = alertsMatching(buildSearchIndex(alerts), "en", terms);
      expect(ids(alertsMatching(typing, "en", terms)), prefix).toEqual(ids(fresh));
    }
  });

  it("keeps languages apart", () => {
    const index = buildSearchIndex(alerts);
    const terms = queryTerms("hameçonnage");
    expect(alertsMatching(index, "fr", terms)).toHaveLength(1);
    expect(alertsMatching(index, "en", terms)).toHaveLength(0);
    expect(alertsMatching(index, "fr", terms)).toHaveLength(1);
  });

  it("folds each language only when it is first searched", () => {
    const index = buildSearchIndex(alerts);
    expect(index.texts("en")).toBe(index.texts("en"));
    expect(index.texts("en")).toHaveLength(alerts.length);
  });

  it("folds ahead of time in slices, to the same text, and answers at once mid-way", () => {
    const twice = [...alerts, ...alerts.map((alert) => ({ ...alert, id: `${alert.id}-2` }))];
    const index = buildSearchIndex(twice);
    expect(index.prepare("en", () => true)).toBe(false); // asked to stop after the first 64
    expect(index.texts("en")).toHaveLength(twice.length); // finishes what was left
    expect(index.prepare("en", () => true)).toBe(true);
    expect(index.texts("en").slice(0, alerts.length)).toEqual(buildSearchIndex(alerts).texts("en"));
    expect(buildSearchIndex(alerts).prepare("fr", () => false)).toBe(true);
  });
});
