import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { compareTitle, givenTitleRanks } from "../catalog/compare";
import type { Alert } from "../catalog/schema";
import { catalogSchema } from "../catalog/schema";
import { realCatalog } from "../catalog/test-catalog";
import { DEFAULT_VIEW } from "../url/view-state";
import { exportFileName, toJson } from "./export-view";

describe("toJson", () => {
  it("follows the catalog contract with only the view's alerts, in order", () => {
    const alerts = [realCatalog.alerts[5], realCatalog.alerts[2]] as Alert[];
    const parsed = v.parse(catalogSchema, JSON.parse(toJson(realCatalog, alerts)));
    expect(parsed.alerts.map((alert) => alert.id)).toEqual(alerts.map((alert) => alert.id));
    expect(parsed.page).toEqual(realCatalog.page);
  });
  it("ranks the titles of the exported alerts, not the catalog's", () => {
    const alerts = [...realCatalog.alerts].reverse().slice(0, 9);
    const parsed = v.parse(catalogSchema, JSON.parse(toJson(realCatalog, alerts)));
    const ranks = givenTitleRanks(parsed, "fr") ?? [];
    const byRanks = parsed.alerts.map((alert, i) => [alert.id, ranks[i] ?? -1] as const);
    const byCollator = [...parsed.alerts].sort(compareTitle("fr")).map((alert) => alert.id);
    expect(byRanks.toSorted((a, b) => a[1] - b[1]).map(([id]) => id)).toEqual(byCollator);
  });
  it("keeps the history of the exported alerts only", () => {
    const curl = realCatalog.alerts.find((alert) => alert.id === "AppServices_CurlToDisk") as Alert;
    const parsed = v.parse(catalogSchema, JSON.parse(toJson(realCatalog, [curl])));
    expect(parsed.alerts[0]).toMatchObject({ status: "deprecated", statusSince: "2025-12-11" });
    expect(parsed.changes.map((change) => change.kind)).toEqual(["deprecated"]);
  });
});

describe("exportFileName", () => {
  it("says what the file holds", () => {
    const view = {
      ...DEFAULT_VIEW,
      severity: ["High" as const],
      tactic: ["Execution" as const],
      q: "Exécution à distance!",
    };
    expect(exportFileName(view, "fr", 12, "csv")).toBe(
      "appservice-alerts_fr_severity-High_tactic-Execution_q-Execution-a-distance_12.csv",
    );
    expect(exportFileName(DEFAULT_VIEW, "en", 40, "markdown")).toBe("appservice-alerts_en_40.md");
  });
});
