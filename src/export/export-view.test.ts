import * as v from "valibot";
import { describe, expect, it } from "vitest";
import type { Alert } from "../catalog/schema";
import { catalogSchema } from "../catalog/schema";
import { realCatalog } from "../catalog/test-catalog";
import { DEFAULT_VIEW } from "../url/view-state";
import { csvField, exportFileName, markdownCode, toCsv, toJson, toMarkdown } from "./export-view";

const headers = {
  id: "ID",
  title: "Titre",
  severity: "Gravité",
  tactics: "Tactiques",
  platforms: "S’applique à",
  status: "Statut",
  statusSince: "Retirée le",
  description: "Description",
};
const tricky: Alert = {
  id: "AppServices_KnownCredential AccessTools",
  severity: "High",
  tactics: ["InitialAccess", "Execution"],
  platforms: ["Windows", "Linux"],
  title: { fr: 'Titre, avec "guillemets"', en: "Pipe | title" },
  description: { fr: "Ligne 1\nLigne 2 — exécution", en: '=HYPERLINK("x")' },
  status: "active",
  titleSource: "microsoft",
  errata: [],
};

/** A small RFC 4180 reader, to check that what we write reads back as the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += char;
  }
  return rows;
}

describe("toCsv", () => {
  it("starts with a UTF-8 BOM and ends every record with CRLF", () => {
    const csv = toCsv([tricky], "fr", headers);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("round-trips commas, quotes, newlines and accents", () => {
    const rows = parseCsv(toCsv([tricky], "fr", headers).slice(1));
    expect(rows).toEqual([
      ["ID", "Titre", "Gravité", "Tactiques", "S’applique à", "Statut", "Retirée le", "Description"],
      [
        "AppServices_KnownCredential AccessTools",
        'Titre, avec "guillemets"',
        "High",
        "InitialAccess; Execution",
        "Windows; Linux",
        "active",
        "",
        "Ligne 1\nLigne 2 — exécution",
      ],
    ]);
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("plain")).toBe("plain");
  });

  it("exports the whole real catalog, one record per alert", () => {
    const rows = parseCsv(toCsv(realCatalog.alerts, "en", headers).slice(1));
    expect(rows).toHaveLength(41);
    expect(rows.slice(1).map((row) => row[0])).toEqual(realCatalog.alerts.map((alert) => alert.id));
  });

  it("says which alerts are retired, and since when", () => {
    const rows = parseCsv(toCsv(realCatalog.alerts, "en", headers).slice(1));
    const curl = rows.find((row) => row[0] === "AppServices_CurlToDisk");
    expect(curl?.slice(5, 7)).toEqual(["deprecated", "2025-12-11"]);
    expect(rows.filter((row) => row[5] === "deprecated")).toHaveLength(12);
  });
});

describe("toMarkdown", () => {
  it("writes a table whose cells cannot break out of their column", () => {
    const markdown = toMarkdown([tricky], "en", headers);
    const lines = markdown.trim().split("\n");
    expect(lines[0]).toBe("| Gravité | Titre | ID | Tactiques | S’applique à | Statut |");
    expect(lines[1]).toBe("| --- | --- | --- | --- | --- | --- |");
    expect(lines[2]).toBe(
      "| High | Pipe \\| title | `AppServices_KnownCredential AccessTools` | InitialAccess, Execution | Windows, Linux | active |",
    );
  });
  it("gives a retired alert's date beside its status", () => {
    const curl = realCatalog.alerts.find((alert) => alert.id === "AppServices_CurlToDisk") as Alert;
    expect(toMarkdown([curl], "en", headers)).toMatch(/\| deprecated \(2025-12-11\) \|\n$/);
  });
  it("folds line breaks inside a cell", () => {
    expect(toMarkdown([tricky], "fr", headers)).toContain('| Titre, avec "guillemets" |');
  });
  it("fences code around backticks", () => {
    expect(markdownCode("a`b")).toBe("``a`b``");
  });
});

describe("toJson", () => {
  it("follows the catalog contract with only the view's alerts, in order", () => {
    const alerts = [realCatalog.alerts[5], realCatalog.alerts[2]] as Alert[];
    const parsed = v.parse(catalogSchema, JSON.parse(toJson(realCatalog, alerts)));
    expect(parsed.alerts.map((alert) => alert.id)).toEqual(alerts.map((alert) => alert.id));
    expect(parsed.page).toEqual(realCatalog.page);
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
