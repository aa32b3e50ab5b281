import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCatalogSource, SourceError } from "./parse-source";

const source = readFileSync(new URL("./source/app-service.fr.txt", import.meta.url), "utf8");

/** A minimal page: title, one alert block. Tests change one line of it at a time. */
const block = (
  overrides: Partial<Record<"title" | "id" | "description" | "tactics" | "severity", string>> = {},
) =>
  [
    overrides.title ?? "Alerte de test",
    overrides.id ?? "(AppServices_Test)",
    overrides.description ?? "Description : un texte. (S’applique à : App Service sur Linux)",
    overrides.tactics ?? "Tactiques MITRE : Exécution",
    overrides.severity ?? "Gravité : élevée",
  ].join("\n");
const page = (...blocks: string[]) => ["Alertes pour Azure App Service", ...blocks].join("\n");

function issuesOf(text: string) {
  try {
    parseCatalogSource(text);
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return (error as SourceError).issues.map((issue) => `${issue.line}: ${issue.message}: ${issue.text}`);
  }
  throw new Error("expected the source to be rejected");
}

describe("parseCatalogSource on the published page", () => {
  const parsed = parseCatalogSource(source);

  it("finds all 40 alerts in source order with IDs exactly as published", () => {
    expect(parsed.alerts).toHaveLength(40);
    expect(parsed.alerts[0]?.id).toBe("AppServices_LinuxCommandOnWindows");
    expect(parsed.alerts.at(-1)?.id).toBe("AppServices_SmartScreen");
    expect(parsed.alerts.map((alert) => alert.id)).toContain("AppServices_KnownCredential AccessTools");
    expect(parsed.alerts.map((alert) => alert.id)).toContain("AzureDNS_ThreatIntelSuspectDomain");
  });

  it("maps severities, tactics and platforms to the alerts API names", () => {
    const byId = new Map(parsed.alerts.map((alert) => [alert.id, alert]));
    expect(byId.get("AzureDNS_ThreatIntelSuspectDomain")).toMatchObject({
      severity: "Medium",
      // Listed in the source as: accès initial, persistance, exécution, commande et contrôle, exploitation
      tactics: ["InitialAccess", "Exploitation", "Persistence", "Execution", "CommandAndControl"],
      platforms: [],
    });
    expect(byId.get("AppServices_Nmap")).toMatchObject({
      severity: "Informational",
      tactics: ["PreAttack"],
      platforms: ["Windows", "Linux"],
    });
    expect(byId.get("AppServices_KnownCredential AccessTools")).toMatchObject({
      severity: "High",
      tactics: ["CredentialAccess"],
      platforms: ["Windows"],
    });
    expect(byId.get("AppServices_SuspectDownload")?.tactics).toEqual([
      "PrivilegeEscalation",
      "Execution",
      "CommandAndControl",
      "Exfiltration",
    ]);
    expect(byId.get("AppServices_CurlToDisk")).toMatchObject({
      severity: "Low",
      tactics: [],
      platforms: ["Windows"],
    });
    expect(byId.get("AppServices_DataEgressArtifacts")?.platforms).toEqual(["Linux"]);
  });

  it("counts every severity the page uses", () => {
    const count = (severity: string) => parsed.alerts.filter((alert) => alert.severity === severity).length;
    expect([count("High"), count("Medium"), count("Low"), count("Informational")]).toEqual([11, 18, 9, 2]);
  });

  it("keeps the description without its applies-to suffix", () => {
    const curl = parsed.alerts.find((alert) => alert.id === "AppServices_CurlToDisk");
    expect(curl?.description).toMatch(/^l’analyse des processus App Service a détecté/);
    expect(curl?.description).toMatch(/interpréteurs de commandes web\.$/);
    expect(parsed.alerts.every((alert) => !alert.description.includes("S’applique"))).toBe(true);
  });

  it("keeps the page title, intro, callouts and headings as notes", () => {
    expect(parsed.title).toBe("Alertes pour Azure App Service");
    expect(parsed.notes.map((note) => [note.line, note.kind])).toEqual([
      [2, "paragraph"],
      [4, "callout"],
      [5, "paragraph"],
      [6, "paragraph"],
      [8, "callout"],
      [9, "heading"],
      [10, "heading"],
      [212, "callout"],
    ]);
  });
});

describe("parseCatalogSource on malformed input", () => {
  it("accepts the minimal page", () => {
    expect(parseCatalogSource(page(block())).alerts).toHaveLength(1);
  });

  it.each([
    [
      "an unknown severity",
      block({ severity: "Gravité : catastrophique" }),
      '6: unknown severity "catastrophique"',
    ],
    [
      "an unknown tactic",
      block({ tactics: "Tactiques MITRE : Exécution, Téléportation" }),
      '5: unknown MITRE tactic "Téléportation"',
    ],
    [
      "an unknown platform",
      block({ description: "Description : x. (S’applique à : App Service sur Solaris)" }),
      '4: unknown platform "App Service sur Solaris"',
    ],
    ["a missing field", block({ tactics: "" }), '3: alert AppServices_Test has no "Tactiques MITRE" line'],
    [
      "a repeated field",
      `${block()}\nGravité : faible`,
      '7: repeated field "Gravité" in alert AppServices_Test',
    ],
    [
      "an empty description",
      block({ description: "Description : (S’applique à : App Service sur Linux)" }),
      "4: empty description",
    ],
    ["an empty ID", block({ id: "( )" }), "3: empty alert ID"],
  ])("rejects %s with its line number", (_name, blockText, expected) => {
    expect(issuesOf(page(blockText)).join("\n")).toContain(expected);
  });

  it("rejects a duplicate ID, naming both lines", () => {
    expect(issuesOf(page(block(), block()))).toContainEqual(
      "8: duplicate alert ID (first seen on line 3): (AppServices_Test)",
    );
  });

  it("rejects a line that belongs to no alert", () => {
    const stray = block().replace("Tactiques", "Une ligne égarée\nTactiques");
    expect(issuesOf(page(stray, block({ id: "(AppServices_Other)" })))).toContainEqual(
      "5: line belongs to no field of alert AppServices_Test (expected Description, Tactiques MITRE or Gravité): Une ligne égarée",
    );
  });

  it("rejects a field outside any alert", () => {
    expect(issuesOf(`Titre\nGravité : élevée\n${block()}`)).toContainEqual(
      "2: alert field outside an alert block: Gravité : élevée",
    );
  });

  it("rejects a note label with nothing after it", () => {
    expect(issuesOf(`${page(block())}\nRemarque`)).toContainEqual(
      "7: note label with no text after it: Remarque",
    );
  });

  it("rejects a page without alerts", () => {
    expect(issuesOf("Titre\nUn paragraphe.")[0]).toMatch(/^1: no alert block found/);
  });

  it("reports every problem at once, not just the first", () => {
    const text = page(
      block({ severity: "Gravité : ?" }),
      block({ id: "(B)", tactics: "Tactiques MITRE : Danse" }),
    );
    expect(issuesOf(text)).toHaveLength(2);
  });

  it("treats 'none' tactics and blank lines as the page does", () => {
    const parsed = parseCatalogSource(page(`\n\n${block({ tactics: "Tactiques MITRE : -" })}\n\n`));
    expect(parsed.alerts[0]?.tactics).toEqual([]);
  });
});
