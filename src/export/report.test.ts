import { describe, expect, it } from "vitest";
import type { Alert } from "../catalog/schema";
import { realCatalog } from "../catalog/test-catalog";
import { DEFAULT_VIEW, type ViewState } from "../url/view-state";
import { describeFilters, EXPORT_COLUMNS, reportRecords, toCsv, toMarkdown } from "./report";
import { parseCsv } from "./test-csv";
import { testContext as context, testLabels as labels } from "./test-labels";

const fileless = realCatalog.alerts.find(
  (alert) => alert.id === "AppServices_FilelessAttackBehaviorDetection",
) as Alert;
const bare: Alert = {
  id: "AppServices_KnownCredential AccessTools",
  severity: "High",
  tactics: [],
  platforms: [],
  title: { fr: 'Titre, avec "guillemets"; et =1+1', en: "Pipe | title" },
  description: { fr: "Ligne 1 — exécution", en: '=HYPERLINK("x")' },
  status: "active",
  titleSource: "microsoft",
  errata: [],
  techniques: [],
};
/** Catalog text as an attacker would write it, had it passed the schema. */
const hostile: Alert = {
  ...bare,
  id: "AppServices_`x`|y",
  title: { fr: "Titre\n# Titre injecté\n[clic](javascript:alert(1)) <img src=x onerror=alert(1)>", en: "x" },
  description: {
    fr: "| cellule | en plus |\r\n\n---\n![image](https://example.invalid/p.png) `code`",
    en: "x",
  },
};

describe("reportRecords", () => {
  it("gives the interface language's words, the API names beside them, and writes out an empty list", () => {
    const [head, first, second] = reportRecords([fileless, bare], "fr", labels);
    expect(head).toEqual(EXPORT_COLUMNS.map((column) => `col:${column}`));
    expect(first).toEqual([
      "AppServices_FilelessAttackBehaviorDetection",
      fileless.title.fr,
      `sev:${fileless.severity}`,
      fileless.severity,
      "Exécution",
      "Execution",
      // A technique the labels cannot name is still given by its ID.
      "T1055 Process Injection, T1620",
      "plat:Windows, plat:Linux",
      "Retirée",
      "deprecated",
      fileless.statusSince,
      fileless.description.fr,
    ]);
    expect(second?.slice(2, 11)).toEqual([
      "Élevée",
      "High",
      "Aucune",
      "",
      "Aucune",
      "Non précisé",
      "Active",
      "active",
      "",
    ]);
  });
});

describe("toCsv", () => {
  for (const separator of [";", ","] as const) {
    it(`reads back as the same records with "${separator}": the same columns as the Markdown table`, () => {
      const alerts = [bare, ...realCatalog.alerts];
      const read = parseCsv(toCsv(alerts, "fr", labels, separator).slice(1), separator);
      expect(read).toHaveLength(alerts.length + 1);
      for (const record of read) expect(record).toHaveLength(EXPORT_COLUMNS.length);
      expect(read.slice(1).map((record) => record[0])).toEqual(alerts.map((alert) => alert.id));
      expect(read[1]?.[1]).toBe(bare.title.fr); // one cell, not split at "; et =1+1"
    });
  }
  it("defuses a description a spreadsheet would run", () => {
    const read = parseCsv(toCsv([bare], "en", labels, ",").slice(1), ",");
    expect(read[1]?.at(-1)).toBe(`'=HYPERLINK("x")`);
  });
});

describe("describeFilters", () => {
  it("names the search and each facet in the interface language", () => {
    const view: ViewState = { ...DEFAULT_VIEW, q: "  curl ", severity: ["High"], tactic: ["Execution"] };
    expect(describeFilters(view, labels, context)).toBe(
      "Recherche : « curl » · Gravité : Élevée · Tactique MITRE : Exécution",
    );
    expect(describeFilters(DEFAULT_VIEW, labels, context)).toBe("aucun (tout le catalogue)");
  });
});

describe("toMarkdown", () => {
  const view: ViewState = { ...DEFAULT_VIEW, severity: ["High"] };

  it("opens with a title and what was exported: filters, count, date, source and the view's link", () => {
    const lines = toMarkdown(realCatalog, [fileless, bare], view, "fr", labels, context).split("\n");
    expect(lines.slice(0, 8)).toEqual([
      `# ${context.title}`,
      "",
      "- Filtres : Gravité : Élevée",
      "- 2 alertes sur 40",
      "- Exporté le 28 novembre 2026 à 14:32",
      "- Source : [Alertes pour Azure App Service](<https://learn.microsoft.com/fr-fr/azure/defender-for-cloud/alerts-azure-app-service>)",
      "- Cette vue : <https://alerts.example.internal/?lang=fr&severity=High>",
      "",
    ]);
  });

  it("has the CSV's columns in the CSV's order, one line per alert", () => {
    const lines = toMarkdown(realCatalog, [fileless, bare], view, "fr", labels, context)
      .trimEnd()
      .split("\n");
    const table = lines.slice(8);
    expect(table).toHaveLength(4);
    expect(table[0]).toBe(`| ${EXPORT_COLUMNS.map((column) => `col:${column}`).join(" | ")} |`);
    expect(table[3]).toBe(
      '| `AppServices_KnownCredential AccessTools` | Titre, avec "guillemets"; et =1+1 | Élevée | High | Aucune |  | Aucune | Non précisé | Active | active |  | Ligne 1 — exécution |',
    );
  });

  it("keeps hostile catalog text and a hostile search inside their cells, as text", () => {
    const searched: ViewState = { ...view, q: "x\n# Titre [clic](javascript:alert(1)) <b>" };
    const markdown = toMarkdown(realCatalog, [hostile], searched, "fr", labels, context);
    const lines = markdown.trimEnd().split("\n");
    expect(lines).toHaveLength(8 + 3);
    const row = lines.at(-1) as string;
    const cells = row.slice(2, -2).split(/(?<!\\) \| /);
    expect(cells).toHaveLength(EXPORT_COLUMNS.length);
    expect(cells[0]).toBe("``AppServices_`x`\\|y``");
    expect(cells[1]).toBe(
      "Titre # Titre injecté \\[clic\\](javascript:alert(1)) \\<img src=x onerror=alert(1)>",
    );
    expect(cells.at(-1)).toBe(
      "\\| cellule \\| en plus \\| --- !\\[image\\](https://example.invalid/p.png) \\`code\\`",
    );
    expect(lines[2]).toBe(
      "- Filtres : Recherche : « x # Titre \\[clic\\](javascript:alert(1)) \\<b> » · Gravité : Élevée",
    );
    // Nothing outside the escapes opens a tag or a link.
    expect(markdown.replace(/\\[\\<[\]`|]/g, "")).not.toMatch(/<(?!https:)|\[(?!Alertes pour)/);
  });
});
