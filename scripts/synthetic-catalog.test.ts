import { describe, expect, it } from "vitest";
import { compareTitle, givenTitleRanks, ranksOf } from "../src/catalog/compare.ts";
import { readCatalog } from "../src/catalog/load-catalog.ts";
import { LANGUAGES } from "../src/catalog/schema.ts";
import { PLATFORMS, SEVERITIES, TACTICS } from "../src/catalog/taxonomy.ts";
import { realCatalog } from "../src/catalog/test-catalog.ts";
import { generateCatalog } from "./synthetic-catalog.ts";

const catalog = generateCatalog(realCatalog, 1_000);

describe("generateCatalog", () => {
  it("follows the catalog contract, with unique IDs", () => {
    expect(readCatalog(JSON.parse(JSON.stringify(catalog)))).toEqual({ ok: true, catalog });
    expect(catalog.alerts).toHaveLength(1_000);
  });

  it("carries its titles' ranks in both languages, as the catalog build writes them", () => {
    for (const language of LANGUAGES)
      expect(givenTitleRanks(catalog, language)).toEqual(ranksOf(catalog.alerts, compareTitle(language)));
  });

  it("is deterministic: same size and seed, same bytes; another seed, another catalog", () => {
    expect(JSON.stringify(generateCatalog(realCatalog, 1_000))).toBe(JSON.stringify(catalog));
    expect(JSON.stringify(generateCatalog(realCatalog, 1_000, 7))).not.toBe(JSON.stringify(catalog));
  });

  it("uses every severity, tactic and platform, and alerts with none of the last two", () => {
    const alerts = catalog.alerts;
    for (const severity of SEVERITIES) expect(alerts.some((a) => a.severity === severity)).toBe(true);
    for (const tactic of TACTICS) expect(alerts.some((a) => a.tactics.includes(tactic))).toBe(true);
    for (const platform of PLATFORMS) expect(alerts.some((a) => a.platforms.includes(platform))).toBe(true);
    expect(alerts.some((a) => a.tactics.length === 0)).toBe(true);
    expect(alerts.some((a) => a.platforms.length === 0)).toBe(true);
    expect(alerts.some((a) => a.platforms.length === 2)).toBe(true);
  });

  it("keeps tactics in kill-chain order, without repeats", () => {
    for (const { tactics } of catalog.alerts) {
      const ranks = tactics.map((tactic) => TACTICS.indexOf(tactic));
      expect(ranks).toEqual([...new Set(ranks)].sort((a, b) => a - b));
    }
  });

  it("has text of realistic length in both languages", () => {
    const mean = (values: number[]) => values.reduce((sum, n) => sum + n, 0) / values.length;
    for (const language of LANGUAGES) {
      const titles = catalog.alerts.map((a) => a.title[language].length);
      const descriptions = catalog.alerts.map((a) => a.description[language].length);
      expect(mean(titles)).toBeGreaterThan(40);
      expect(mean(titles)).toBeLessThan(100);
      expect(mean(descriptions)).toBeGreaterThan(250);
      expect(mean(descriptions)).toBeLessThan(600);
      expect(Math.max(...descriptions)).toBeGreaterThan(800);
    }
    expect(catalog.alerts.some((a) => /[éèàç]/.test(a.title.fr))).toBe(true);
  });

  it("names itself synthetic in both languages", () => {
    expect(catalog.page.title.fr).toContain("1\u00a0000");
    expect(catalog.page.title.en).toContain("1,000");
  });
});
