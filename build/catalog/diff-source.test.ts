import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffSources, formatDiff } from "./diff-source";
import { parseCatalogSource, SourceError } from "./parse-source";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const before = parseCatalogSource(fixture("page-before.fr.txt"));
const after = parseCatalogSource(fixture("page-after.fr.txt"));
const diff = diffSources(before, after);

describe("diffSources", () => {
  it("finds an added alert", () => {
    expect(diff.added.map((alert) => alert.id)).toEqual(["Test_Delta"]);
  });
  it("finds a removed alert", () => {
    expect(diff.removed.map((alert) => alert.id)).toEqual(["Test_Gamma"]);
  });
  it("finds a changed severity", () => {
    expect(diff.changed.find((c) => c.id === "Test_Alpha")?.changes).toEqual([
      { field: "severity", from: "Medium", to: "High" },
    ]);
  });
  it("finds a renamed title and a changed tactic, field by field", () => {
    expect(diff.changed.find((c) => c.id === "Test_Beta")?.changes).toEqual([
      { field: "title", from: "Alerte bêta détectée", to: "Alerte bêta renommée" },
      { field: "tactics", from: "PreAttack", to: "PreAttack, Execution" },
    ]);
  });
  it("finds nothing between a page and itself", () => {
    const same = diffSources(before, before);
    expect([same.added, same.removed, same.changed]).toEqual([[], [], []]);
    expect(formatDiff(same)).toContain("No change.");
  });
  it("compares the real page with itself without a change", () => {
    const real = parseCatalogSource(
      readFileSync(new URL("./source/app-service.fr.txt", import.meta.url), "utf8"),
    );
    expect(diffSources(real, real).changed).toEqual([]);
  });
});

describe("formatDiff", () => {
  it("writes a summary line and a section per kind, ready for a commit message", () => {
    expect(formatDiff(diff)).toBe(
      [
        "French page update: 1 added, 1 removed, 2 changed (3 → 3 alerts)",
        "",
        "Added:",
        "- Test_Delta: « Alerte delta détectée » (Informational; InitialAccess; Windows, Linux)",
        "",
        "Removed:",
        "- Test_Gamma: « Alerte gamma détectée » (High; -; -)",
        "",
        "Changed:",
        "- Test_Alpha",
        "  - severity: Medium → High",
        "- Test_Beta",
        "  - title: « Alerte bêta détectée » → « Alerte bêta renommée »",
        "  - tactics: PreAttack → PreAttack, Execution",
        "",
      ].join("\n"),
    );
  });
});

describe("a page that does not parse", () => {
  it("fails naming the line", () => {
    expect(() => parseCatalogSource(fixture("page-broken.fr.txt"))).toThrow(SourceError);
    expect(() => parseCatalogSource(fixture("page-broken.fr.txt"))).toThrow(
      /line 12: unknown severity "critique"/,
    );
  });
});
