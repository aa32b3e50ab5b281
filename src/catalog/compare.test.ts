import { describe, expect, it } from "vitest";
import {
  byRank,
  comparePlatforms,
  compareSeverity,
  compareTactics,
  compareTitle,
  givenTitleRanks,
  ranksOf,
} from "./compare";
import type { Alert } from "./schema";
import { realCatalog } from "./test-catalog";

const alert = (patch: Partial<Alert>): Alert => ({
  id: "X",
  severity: "Low",
  tactics: [],
  platforms: [],
  title: { fr: "x", en: "x" },
  description: { fr: "x", en: "x" },
  status: "active",
  titleSource: "microsoft",
  errata: [],
  techniques: [],
  ...patch,
});

describe("compareSeverity", () => {
  it("orders by rank, never alphabetically: ascending is Informational → High", () => {
    const sorted = [...realCatalog.alerts].sort(compareSeverity).map((a) => a.severity);
    const firstOf = (severity: string) => sorted.indexOf(severity as Alert["severity"]);
    expect(firstOf("Informational")).toBe(0);
    expect(firstOf("Low")).toBeLessThan(firstOf("Medium"));
    expect(firstOf("Medium")).toBeLessThan(firstOf("High"));
    expect(sorted.at(-1)).toBe("High");
  });
});

describe("compareTactics", () => {
  it("orders by the earliest kill-chain stage, then the next ones, with no tactic last", () => {
    const list = [
      alert({ id: "none" }),
      alert({ id: "exec", tactics: ["Execution"] }),
      alert({ id: "pre", tactics: ["PreAttack"] }),
      alert({ id: "initial+exec", tactics: ["InitialAccess", "Execution"] }),
      alert({ id: "initial+persist", tactics: ["InitialAccess", "Persistence"] }),
      alert({ id: "initial", tactics: ["InitialAccess"] }),
    ];
    expect([...list].sort(compareTactics).map((a) => a.id)).toEqual([
      "pre",
      "initial+persist",
      "initial+exec",
      "initial",
      "exec",
      "none",
    ]);
  });
});

describe("compareTitle", () => {
  it("sorts accented titles where a French reader expects them", () => {
    const titles = ["Zèbre", "Élevé", "eau", "Exécution"].map((title) =>
      alert({ title: { fr: title, en: title } }),
    );
    expect([...titles].sort(compareTitle("fr")).map((a) => a.title.fr)).toEqual([
      "eau",
      "Élevé",
      "Exécution",
      "Zèbre",
    ]);
  });
});

describe("comparePlatforms", () => {
  it("puts Windows, then Linux, then both, then unknown", () => {
    const list = [
      alert({ id: "none" }),
      alert({ id: "both", platforms: ["Windows", "Linux"] }),
      alert({ id: "linux", platforms: ["Linux"] }),
      alert({ id: "windows", platforms: ["Windows"] }),
    ];
    expect([...list].sort(comparePlatforms).map((a) => a.id)).toEqual(["windows", "linux", "both", "none"]);
  });
});

describe("byRank", () => {
  it("orders exactly as the comparison it stands for", () => {
    const alerts = realCatalog.alerts;
    for (const compare of [compareTitle("fr"), compareTitle("en"), compareSeverity]) {
      const ranked = byRank(alerts, compare);
      expect([...alerts].sort(ranked).map((a) => a.id)).toEqual([...alerts].sort(compare).map((a) => a.id));
    }
  });

  it("takes ranks worked out before, one per alert, and works them out itself otherwise", () => {
    const alerts = realCatalog.alerts;
    const never = () => {
      throw new Error("compared");
    };
    const reversed = alerts.map((_, i) => alerts.length - i);
    expect([...alerts].sort(byRank(alerts, never, reversed)).map((a) => a.id)).toEqual(
      alerts.map((a) => a.id).reverse(),
    );
    const byTitle = [...alerts].sort(compareTitle("fr")).map((a) => a.id);
    const tooFew = reversed.slice(1);
    expect([...alerts].sort(byRank(alerts, compareTitle("fr"), tooFew)).map((a) => a.id)).toEqual(byTitle);
  });

  it("ranks equal alerts the same, so the next sort key decides between them", () => {
    const ranked = byRank(realCatalog.alerts, compareSeverity);
    const [a, b] = realCatalog.alerts.filter((alert) => alert.severity === "High") as [Alert, Alert];
    expect(ranked(a, b)).toBe(0);
  });
});

describe("ranksOf", () => {
  it("gives each alert its place in the order, equal alerts the same place", () => {
    const alerts = [
      alert({ id: "A", severity: "Low" }),
      alert({ id: "B", severity: "High" }),
      alert({ id: "C", severity: "Low" }),
      alert({ id: "D", severity: "Medium" }),
    ];
    // Ascending severity runs from the least to the most severe.
    expect(ranksOf(alerts, compareSeverity)).toEqual([0, 3, 0, 2]);
  });

  it("ranks the built catalog's titles as the collator sorts them", () => {
    for (const language of ["fr", "en"] as const) {
      const ranks = givenTitleRanks(realCatalog, language) ?? [];
      const rank = new Map(realCatalog.alerts.map((alert, i) => [alert, ranks[i] ?? -1]));
      const byRanks = [...realCatalog.alerts].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
      const byCollator = [...realCatalog.alerts].sort(compareTitle(language));
      expect(byRanks.map((a) => a.id)).toEqual(byCollator.map((a) => a.id));
    }
  });
});

describe("givenTitleRanks", () => {
  it("gives the catalog's ranks only for the titles, in the order, they were worked out from", () => {
    expect(givenTitleRanks(realCatalog, "en")).toEqual(realCatalog.titleRanks?.en);
    const edited = structuredClone(realCatalog);
    (edited.alerts[3] as Alert).title.fr = "Autre titre";
    expect(givenTitleRanks(edited, "fr")).toBeUndefined();
    const reordered = { ...realCatalog, alerts: [...realCatalog.alerts].reverse() };
    expect(givenTitleRanks(reordered, "fr")).toBeUndefined();
    const { titleRanks: _, ...without } = realCatalog;
    expect(givenTitleRanks(without, "fr")).toBeUndefined();
  });
});
