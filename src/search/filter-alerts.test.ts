import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Alert } from "../catalog/schema";
import { PLATFORMS, SEVERITIES, TACTICS } from "../catalog/taxonomy";
import { type Criteria, type Facet, searchCatalog } from "./filter-alerts";
import { queryTerms } from "./fold";
import { buildSearchIndex, matchesTerms } from "./search-index";
import { realCatalog } from "./test-catalog";

const alerts = realCatalog.alerts;
const index = buildSearchIndex(alerts);
const none: Criteria = { terms: [], severity: [], tactic: [], platform: [] };
const ids = (criteria: Partial<Criteria>, language: "fr" | "en" = "en") =>
  searchCatalog(index, { ...none, ...criteria }, language).alerts.map((alert) => alert.id);
const countFacets = (criteria: Criteria) => searchCatalog(index, criteria, "en").counts;

describe("searchCatalog: the alerts shown", () => {
  it("returns everything without criteria, in catalog order", () => {
    expect(ids({})).toEqual(alerts.map((alert) => alert.id));
  });

  it("finds an alert by a word of its description, whatever the case or accents", () => {
    expect(ids({ terms: queryTerms("CERTUTIL") })).toEqual([
      "AppServices_ExecutableDecodedUsingCertutil",
      "AppServices_DownloadUsingCertutil",
    ]);
    expect(ids({ terms: queryTerms("execution") }, "fr")).toEqual(
      ids({ terms: queryTerms("exécution") }, "fr"),
    );
    expect(ids({ terms: queryTerms("execution") }, "fr").length).toBeGreaterThan(0);
  });

  it("requires every word to match", () => {
    expect(ids({ terms: queryTerms("certutil decoded") })).toEqual([
      "AppServices_ExecutableDecodedUsingCertutil",
    ]);
  });

  it("matches the alert ID in either language", () => {
    expect(ids({ terms: queryTerms("curltodisk") }, "fr")).toEqual(["AppServices_CurlToDisk"]);
    expect(ids({ terms: queryTerms("credential accesstools") })).toEqual([
      "AppServices_KnownCredential AccessTools",
    ]);
  });

  it("searches the current language only", () => {
    expect(ids({ terms: queryTerms("hameçonnage") }, "fr")).toEqual(["AppServices_PhishingContent"]);
    expect(ids({ terms: queryTerms("hameçonnage") }, "en")).toEqual([]);
  });

  it("does not search tactic or severity labels", () => {
    // "PreAttack" is a tactic of five alerts, but no alert's own text says it.
    expect(ids({ terms: queryTerms("preattack") })).toEqual([]);
  });

  it("ORs values within a facet and ANDs facets", () => {
    const highOrMedium = ids({ severity: ["High", "Medium"] });
    expect(highOrMedium).toHaveLength(29);
    const highLinux = ids({ severity: ["High"], platform: ["Linux"] });
    for (const id of highLinux) {
      const alert = alerts.find((a) => a.id === id);
      expect(alert?.severity).toBe("High");
      expect(alert?.platforms).toContain("Linux");
    }
    expect(highLinux.length).toBeGreaterThan(0);
    expect(highLinux.length).toBeLessThan(ids({ severity: ["High"] }).length);
  });

  it("keeps alerts having any of the chosen tactics", () => {
    const result = ids({ tactic: ["PreAttack", "Collection"] });
    expect(result).toHaveLength(8); // 5 PreAttack + 3 Collection, none has both
  });

  it("leaves out alerts with no platform when a platform is chosen", () => {
    expect(ids({ platform: ["Windows", "Linux"] })).not.toContain("AzureDNS_ThreatIntelSuspectDomain");
  });
});

describe("searchCatalog: facet counts", () => {
  it("counts every value over the whole catalog without criteria", () => {
    const counts = countFacets(none);
    expect(counts.severity).toEqual({ High: 11, Medium: 18, Low: 9, Informational: 2 });
    expect(counts.tactic.PreAttack).toBe(5);
    expect(counts.tactic.Probing).toBe(0);
  });

  it("counts a facet under the other facets and the search, not under itself", () => {
    const criteria: Criteria = { ...none, terms: queryTerms("certutil"), severity: ["High"] };
    const counts = countFacets(criteria);
    // The severity facet ignores its own selection: Medium still shows what ticking it would add.
    expect(counts.severity).toEqual({ High: 1, Medium: 1, Low: 0, Informational: 0 });
    // Other facets count under High + "certutil".
    expect(counts.tactic.Execution).toBe(1);
    expect(counts.platform).toEqual({ Windows: 1, Linux: 0 });
  });

  it("gives each value the number of rows ticking it alone would show", () => {
    const criteria: Criteria = { ...none, platform: ["Linux"] };
    const counts = countFacets(criteria);
    for (const severity of ["High", "Medium", "Low", "Informational"] as const) {
      expect(counts.severity[severity]).toBe(ids({ platform: ["Linux"], severity: [severity] }).length);
    }
  });
});

describe("searchCatalog: positions", () => {
  it("gives each shown alert's place in the catalog, ascending", () => {
    for (const criteria of [
      none,
      { ...none, terms: queryTerms("process") },
      { ...none, severity: ["High" as const] },
    ]) {
      const { alerts: shown, positions } = searchCatalog(index, criteria, "en");
      expect([...positions]).toEqual(shown.map((alert) => alerts.indexOf(alert)));
      expect([...positions]).toEqual([...positions].sort((a, b) => a - b));
    }
  });
});

describe("searchCatalog: against a plain reading of the rules", () => {
  it("has a bit for every facet value (a 32-bit integer holds 31 and the sign)", () => {
    for (const values of [SEVERITIES, TACTICS, PLATFORMS]) expect(values.length).toBeLessThanOrEqual(31);
  });

  /** The rules as written: a value chosen in a facet keeps alerts having it; counts ignore their own facet. */
  function reference(catalog: readonly Alert[], criteria: Criteria, language: "fr" | "en") {
    const searchIndex = buildSearchIndex(catalog);
    const passes = (alert: Alert, skip?: Facet) =>
      matchesTerms(searchIndex, alert, language, criteria.terms) &&
      (skip === "severity" || criteria.severity.length === 0 || criteria.severity.includes(alert.severity)) &&
      (skip === "tactic" ||
        criteria.tactic.length === 0 ||
        alert.tactics.some((t) => criteria.tactic.includes(t))) &&
      (skip === "platform" ||
        criteria.platform.length === 0 ||
        alert.platforms.some((p) => criteria.platform.includes(p)));
    const count = <T extends string>(
      facet: Facet,
      values: readonly T[],
      has: (alert: Alert, value: T) => boolean,
    ) =>
      Object.fromEntries(
        values.map((value) => [
          value,
          catalog.filter((alert) => passes(alert, facet) && has(alert, value)).length,
        ]),
      );
    return {
      ids: catalog.filter((alert) => passes(alert)).map((alert) => alert.id),
      counts: {
        severity: count("severity", SEVERITIES, (alert, value) => alert.severity === value),
        tactic: count("tactic", TACTICS, (alert, value) => alert.tactics.includes(value)),
        platform: count("platform", PLATFORMS, (alert, value) => alert.platforms.includes(value)),
      },
    };
  }

  it("gives the same alerts and counts for any facet values and any choice", () => {
    const pick = <T>(values: readonly T[]) => fc.array(fc.constantFrom(...values), { maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            severity: fc.constantFrom(...SEVERITIES),
            tactics: pick(TACTICS),
            platforms: pick(PLATFORMS),
          }),
          {
            minLength: alerts.length,
            maxLength: alerts.length,
          },
        ),
        fc.record({
          terms: fc.constantFrom([], queryTerms("process"), queryTerms("web shell"), queryTerms("certutil")),
          severity: pick(SEVERITIES),
          tactic: pick(TACTICS),
          platform: pick(PLATFORMS),
        }),
        fc.constantFrom("fr" as const, "en" as const),
        (facets, criteria, language) => {
          const catalog = alerts.map((alert, i) => ({ ...alert, ...facets[i] }));
          const result = searchCatalog(buildSearchIndex(catalog), criteria, language);
          const expected = reference(catalog, criteria, language);
          expect(result.alerts.map((alert) => alert.id)).toEqual(expected.ids);
          expect(result.counts).toEqual(expected.counts);
        },
      ),
      { numRuns: 200 },
    );
  });
});
