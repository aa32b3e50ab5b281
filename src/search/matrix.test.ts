import { describe, expect, it } from "vitest";
import { realCatalog } from "../catalog/test-catalog";
import { coverageMatrix, shadeStep } from "./matrix";

describe("coverageMatrix", () => {
  const matrix = coverageMatrix(realCatalog.alerts);

  it("has a row per tactic in kill-chain order, then one for alerts without a tactic", () => {
    expect(matrix.rows.map((row) => row.tactic)).toEqual([
      "PreAttack",
      "Probing",
      "InitialAccess",
      "Exploitation",
      "Persistence",
      "PrivilegeEscalation",
      "DefenseEvasion",
      "CredentialAccess",
      "Discovery",
      "LateralMovement",
      "Execution",
      "Collection",
      "CommandAndControl",
      "Exfiltration",
      "Impact",
      null,
    ]);
  });

  it("counts each alert in every one of its tactics", () => {
    const row = (tactic: string | null) => matrix.rows.find((r) => r.tactic === tactic);
    expect(row("PreAttack")?.counts).toEqual({ High: 0, Medium: 1, Low: 3, Informational: 1 });
    expect(row("CredentialAccess")?.counts).toEqual({ High: 1, Medium: 0, Low: 0, Informational: 0 });
    expect(row(null)?.total).toBe(realCatalog.alerts.filter((alert) => alert.tactics.length === 0).length);
    expect(matrix.totals).toEqual({ High: 11, Medium: 18, Low: 9, Informational: 2 });
  });

  it("counts the retired alerts of each cell", () => {
    const retired = matrix.rows.reduce(
      (sum, { retired }) => sum + retired.High + retired.Medium + retired.Low + retired.Informational,
      0,
    );
    const expected = realCatalog.alerts
      .filter((alert) => alert.status === "deprecated")
      .reduce((sum, alert) => sum + Math.max(1, alert.tactics.length), 0);
    expect(retired).toBe(expected);
    const collection = matrix.rows.find((r) => r.tactic === "Collection");
    expect(collection?.retired.High).toBe(1); // phishing content, retired
    expect(collection?.retired.Medium).toBe(1); // SmartScreen, retired
  });

  it("is empty for no alerts", () => {
    expect(coverageMatrix([]).max).toBe(0);
  });
});

describe("shadeStep", () => {
  it("maps counts to five steps relative to the largest cell", () => {
    expect([0, 1, 3, 5, 8].map((count) => shadeStep(count, 8))).toEqual([0, 1, 2, 3, 4]);
    expect(shadeStep(3, 0)).toBe(0);
  });
});
