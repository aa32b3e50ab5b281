// @vitest-environment happy-dom
import { renderHook } from "@testing-library/react";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePlatforms, compareSeverity, compareTactics } from "../../catalog/compare";
import type { Alert, Catalog, Language } from "../../catalog/schema";
import { PLATFORMS, SEVERITIES, STATUSES, TACTICS } from "../../catalog/taxonomy";
import { realCatalog } from "../../catalog/test-catalog";
import { matchesQuery, searchableText, searchQuery } from "../../search/filters";
import { type ColumnId, DEFAULT_VIEW, parseViewState, type ViewState } from "../../url/view-state";
import { useAlertTable, useFacetCounts } from "./use-alert-table";

const alerts = realCatalog.alerts;
function shown(view: Partial<ViewState>, language: Language = "en", catalog: Catalog = realCatalog) {
  const { result, unmount } = renderHook(() => {
    const table = useAlertTable(catalog, { ...DEFAULT_VIEW, ...view }, language);
    return { ...table, counts: useFacetCounts(table.facets) };
  });
  unmount();
  return result.current;
}
const ids = (view: Partial<ViewState>, language: Language = "en") =>
  shown(view, language).alerts.map((alert) => alert.id);
const sortedIds = (view: Partial<ViewState>, language: Language = "en") => ids(view, language).sort();

describe("useAlertTable: the alerts shown", () => {
  it("shows every alert without a search or a facet", () => {
    expect(sortedIds({})).toEqual(alerts.map((alert) => alert.id).sort());
  });

  it("finds an alert by a word of its description, whatever the case or accents", () => {
    expect(sortedIds({ q: "CERTUTIL" })).toEqual([
      "AppServices_DownloadUsingCertutil",
      "AppServices_ExecutableDecodedUsingCertutil",
    ]);
    expect(sortedIds({ q: "execution" }, "fr")).toEqual(sortedIds({ q: "exécution" }, "fr"));
    expect(ids({ q: "execution" }, "fr").length).toBeGreaterThan(0);
  });

  it("requires every word to match", () => {
    expect(ids({ q: "certutil decoded" })).toEqual(["AppServices_ExecutableDecodedUsingCertutil"]);
  });

  it("matches the alert ID in either language", () => {
    expect(ids({ q: "curltodisk" }, "fr")).toEqual(["AppServices_CurlToDisk"]);
    expect(ids({ q: "credential accesstools" })).toEqual(["AppServices_KnownCredential AccessTools"]);
  });

  it("searches the current language only", () => {
    expect(ids({ q: "hameçonnage" }, "fr")).toEqual(["AppServices_PhishingContent"]);
    expect(ids({ q: "hameçonnage" }, "en")).toEqual([]);
  });

  it("does not search tactic or severity labels", () => {
    // "PreAttack" is a tactic of five alerts, but no alert's own text says it.
    expect(ids({ q: "preattack" })).toEqual([]);
  });

  it("ORs values within a facet and ANDs facets", () => {
    expect(ids({ severity: ["High", "Medium"] })).toHaveLength(29);
    const highLinux = shown({ severity: ["High"], platform: ["Linux"] }).alerts;
    for (const alert of highLinux) {
      expect(alert.severity).toBe("High");
      expect(alert.platforms).toContain("Linux");
    }
    expect(highLinux.length).toBeGreaterThan(0);
    expect(highLinux.length).toBeLessThan(ids({ severity: ["High"] }).length);
  });

  it("keeps alerts having any of the chosen tactics", () => {
    expect(ids({ tactic: ["PreAttack", "Collection"] })).toHaveLength(8); // 5 + 3, none has both
  });

  it("leaves out alerts with no platform when a platform is chosen", () => {
    expect(ids({ platform: ["Windows", "Linux"] })).not.toContain("AzureDNS_ThreatIntelSuspectDomain");
  });
});

describe("useAlertTable: the order", () => {
  it("sorts by severity, High first, then by title and ID by default", () => {
    const order = shown({}).alerts;
    const rank = (alert: Alert) => SEVERITIES.indexOf(alert.severity);
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1] as Alert, order[i] as Alert];
      expect(rank(a)).toBeLessThanOrEqual(rank(b));
      if (rank(a) === rank(b)) expect(a.title.en.localeCompare(b.title.en, "en")).toBeLessThanOrEqual(0);
    }
  });

  it("sorts titles in the current language, and reverses for descending", () => {
    const byTitle = (language: Language, desc = false) =>
      shown(parseViewState(`?sort=${desc ? "-" : ""}title`), language).alerts.map((a) => a.title[language]);
    expect(byTitle("fr")).toEqual(
      [...alerts]
        .map((a) => a.title.fr)
        .sort(new Intl.Collator("fr", { sensitivity: "base", numeric: true }).compare),
    );
    expect(byTitle("en", true)).toEqual(byTitle("en").reverse());
  });

  it("sorts titles by the catalog's own ranks when they fit its titles", () => {
    const [fr, en] = [realCatalog.titleRanks?.fr ?? [], realCatalog.titleRanks?.en ?? []];
    const key = realCatalog.titleRanks?.key ?? "";
    const reversed = (ranks: readonly number[]) => ranks.map((rank) => alerts.length - rank);
    const catalog = { ...realCatalog, titleRanks: { fr: reversed(fr), en: reversed(en), key } };
    const titles = shown(parseViewState("?sort=title"), "fr", catalog).alerts.map((a) => a.id);
    expect(titles).toEqual(shown(parseViewState("?sort=-title"), "fr").alerts.map((a) => a.id));
  });
});

describe("useAlertTable: ties", () => {
  // Each alert three times, under other IDs, in a shuffled order: every title is tied.
  const copies = alerts.flatMap((alert, i) => [
    { ...alert, id: `${alert.id}_10` },
    alert,
    { ...alert, id: `${alert.id}_9` },
    ...(i % 2 ? [{ ...alert, id: `Z${alert.id}` }] : []),
  ]);
  const tied: Catalog = { ...realCatalog, alerts: copies, titleRanks: undefined };
  const collate = (language: string) =>
    new Intl.Collator(language, { sensitivity: "base", numeric: true }).compare;
  const primary: Record<ColumnId, (a: Alert, b: Alert, language: Language) => number> = {
    severity: compareSeverity,
    title: (a, b, language) => collate(language)(a.title[language], b.title[language]),
    id: (a, b) => collate("en")(a.id, b.id),
    tactics: compareTactics,
    platforms: comparePlatforms,
  };

  it("breaks ties by title, then by ID, both ascending, whatever the column and direction", () => {
    for (const language of ["fr", "en"] as const)
      for (const column of Object.keys(primary) as ColumnId[])
        for (const desc of [false, true]) {
          const expected = [...copies].sort(
            (a, b) =>
              (desc ? -1 : 1) * primary[column](a, b, language) ||
              collate(language)(a.title[language], b.title[language]) ||
              collate("en")(a.id, b.id),
          );
          const order = shown({ sort: { column, desc } }, language, tied).alerts;
          expect(
            order.map((a) => a.id),
            `${language} ${column} ${desc}`,
          ).toEqual(expected.map((a) => a.id));
        }
  });
});

describe("useAlertTable: facet counts", () => {
  it("counts every value over the whole catalog without criteria", () => {
    const { counts } = shown({});
    expect(counts.severity).toEqual({ High: 11, Medium: 18, Low: 9, Informational: 2 });
    expect(counts.tactic.PreAttack).toBe(5);
    expect(counts.tactic.Probing).toBe(0);
  });

  it("counts a facet under the other facets and the search, not under itself", () => {
    const { counts } = shown({ q: "certutil", severity: ["High"] });
    // The severity facet ignores its own selection: Medium still shows what ticking it would add.
    expect(counts.severity).toEqual({ High: 1, Medium: 1, Low: 0, Informational: 0 });
    expect(counts.tactic.Execution).toBe(1);
    expect(counts.platform).toEqual({ Windows: 1, Linux: 0 });
  });
});

const TECHNIQUES = (realCatalog.page.attack?.techniques ?? []).map((technique) => technique.id);

describe("useAlertTable: against a plain reading of the rules", () => {
  /** The rules as written: a value chosen in a facet keeps alerts having it; counts ignore their own facet. */
  function reference(catalog: readonly Alert[], view: ViewState, language: Language) {
    const query = searchQuery(view.q);
    type Facet = "severity" | "tactic" | "platform" | "status" | "technique";
    const techniquesOf = (alert: Alert) => alert.techniques.map((technique) => technique.id);
    const passes = (alert: Alert, skip?: Facet) =>
      matchesQuery(searchableText(alert, language), query) &&
      (skip === "severity" || view.severity.length === 0 || view.severity.includes(alert.severity)) &&
      (skip === "tactic" || view.tactic.length === 0 || alert.tactics.some((t) => view.tactic.includes(t))) &&
      (skip === "platform" ||
        view.platform.length === 0 ||
        alert.platforms.some((p) => view.platform.includes(p))) &&
      (skip === "status" || view.status.length === 0 || view.status.includes(alert.status)) &&
      (skip === "technique" ||
        view.technique.length === 0 ||
        techniquesOf(alert).some((id) => view.technique.includes(id)));
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
        status: count("status", STATUSES, (alert, value) => alert.status === value),
        technique: count("technique", TECHNIQUES, (alert, value) => techniquesOf(alert).includes(value)),
      },
    };
  }

  it("gives the same alerts and counts for any facet values and any choice", () => {
    const pick = <T,>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            severity: fc.constantFrom(...SEVERITIES),
            tactics: pick(TACTICS),
            platforms: pick(PLATFORMS),
            status: fc.constantFrom(...STATUSES),
            techniques: pick(TECHNIQUES).map((ids) =>
              ids.map((id) => ({ id, confidence: "inferred" as const })),
            ),
          }),
          { minLength: alerts.length, maxLength: alerts.length },
        ),
        fc.record({
          q: fc.constantFrom(
            "",
            "process",
            "web shell",
            "certutil",
            '"appservices_knowncredentialaccesstools"',
          ),
          severity: pick(SEVERITIES),
          tactic: pick(TACTICS),
          platform: pick(PLATFORMS),
          status: pick(STATUSES),
          technique: pick(TECHNIQUES).map((ids) => [...ids].sort()),
        }),
        fc.constantFrom("fr" as const, "en" as const),
        (facets, filters, language) => {
          const catalog = { ...realCatalog, alerts: alerts.map((alert, i) => ({ ...alert, ...facets[i] })) };
          const view = { ...DEFAULT_VIEW, ...filters };
          const result = shown(view, language, catalog);
          const expected = reference(catalog.alerts, view, language);
          expect(result.alerts.map((alert) => alert.id).sort()).toEqual(expected.ids.sort());
          expect(result.counts).toEqual(expected.counts);
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);
});

describe("useAlertTable: the status facet", () => {
  it("keeps retired alerts by default, counts both statuses, and filters on either", () => {
    const all = shown({});
    expect(all.alerts).toHaveLength(40);
    expect(all.counts.status).toEqual({ active: 28, deprecated: 12 });
    expect(shown({ status: ["deprecated"] }).alerts.every((alert) => alert.status === "deprecated")).toBe(
      true,
    );
    expect(shown({ status: ["active"] }).alerts).toHaveLength(28);
  });
  it("finds a retired alert by search", () => {
    expect(shown({ q: "curl" }).alerts.map((alert) => alert.id)).toContain("AppServices_CurlToDisk");
  });
});

describe("useAlertTable: our ATT&CK techniques", () => {
  it("filters on any chosen technique, counts each, and finds an alert by technique ID", () => {
    const all = shown({});
    expect(all.counts.technique.T1105).toBe(7);
    expect(all.counts.technique.T1140).toBe(2);
    const certutil = shown({ technique: ["T1140"] });
    expect(certutil.alerts.map((alert) => alert.id).sort()).toEqual([
      "AppServices_Base64EncodedExecutableInCommandLineParams",
      "AppServices_ExecutableDecodedUsingCertutil",
    ]);
    expect(shown({ technique: ["T1140", "T1620"] }).alerts).toHaveLength(5);
    expect(shown({ q: "t1140" }).alerts.map((alert) => alert.id)).toEqual(
      certutil.alerts.map((alert) => alert.id),
    );
    expect(shown({ q: "T1059.004" }).alerts.map((alert) => alert.id)).toEqual(["AppServices_ReverseShell"]);
  });
});
