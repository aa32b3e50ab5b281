import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { catalogSchema } from "../../src/catalog/schema";
import { buildCatalog, CatalogBuildError, type EnglishText } from "./build-catalog";
import { readCatalogSources } from "./read-sources";

const sources = readCatalogSources();
const { french, facts } = sources;
const english = sources.english as EnglishText;

function problemsOf(englishJson: unknown, frenchText = french, rawFacts = facts): string[] {
  try {
    buildCatalog(frenchText, englishJson, rawFacts);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogBuildError);
    return (error as CatalogBuildError).problems;
  }
  throw new Error("expected the build to fail");
}

const withAlert = (id: string, patch: Partial<EnglishText["alerts"][string]>): EnglishText => {
  const copy: EnglishText = structuredClone(english);
  copy.alerts[id] = { ...(copy.alerts[id] as EnglishText["alerts"][string]), ...patch };
  return copy;
};

describe("buildCatalog", () => {
  const catalog = buildCatalog(french, english, facts);

  it("follows the catalog.json contract for all 40 alerts, in source order", () => {
    expect(v.safeParse(catalogSchema, catalog).success).toBe(true);
    expect(catalog.schemaVersion).toBe(3);
    expect(catalog.alerts).toHaveLength(40);
    expect(catalog.alerts.map((alert) => alert.id)).toEqual(
      [...french.matchAll(/^\((.+)\)$/gm)].map((match) => match[1]),
    );
  });

  it("pairs every French text with our English", () => {
    const curl = catalog.alerts.find((alert) => alert.id === "AppServices_CurlToDisk");
    expect(curl?.title.fr).toBe("Détection de l’enregistrement de la sortie curl sur le disque");
    expect(curl?.title.en).toBe("Saving curl output to disk detected");
    expect(catalog.page.title).toEqual({ fr: "Alertes pour Azure App Service", en: english.page.title });
    expect(catalog.page.notes).toHaveLength(8);
    expect(catalog.page.notes.every((note) => note.fr && note.en)).toBe(true);
  });

  it("has an English entry for exactly the source's IDs", () => {
    expect(Object.keys(english.alerts).sort()).toEqual(catalog.alerts.map((alert) => alert.id).sort());
  });

  it("fails naming an alert missing from the English file", () => {
    const copy = structuredClone(english);
    delete copy.alerts.AppServices_Nmap;
    expect(problemsOf(copy)).toEqual(["alert AppServices_Nmap: missing from the English file"]);
  });

  it("fails naming an English alert the source does not have", () => {
    const copy = structuredClone(english);
    copy.alerts.AppServices_Ghost = { description: "Boo." };
    expect(problemsOf(copy)).toEqual(["alert AppServices_Ghost: in the English file but not in the source"]);
  });

  it("fails naming an alert with an empty English text", () => {
    expect(problemsOf(withAlert("AppServices_EICAR", { description: " " }))).toEqual([
      "alert AppServices_EICAR: English description is empty",
    ]);
  });

  it("fails when a placeholder is in one language and not the other", () => {
    const curl = withAlert("AppServices_DownloadUsingCertutil", {
      description: "Host data analysis saw certutil.",
    });
    expect(problemsOf(curl)).toEqual([
      "alert AppServices_DownloadUsingCertutil: description placeholders differ (French: {…}; English: none)",
    ]);
    const extra = withAlert("AppServices_CurlToDisk", { description: "Curl wrote %{path} to disk." });
    expect(problemsOf(extra)[0]).toContain("(French: none; English: %{…})");
  });

  it("fails when the number of page notes differs", () => {
    const copy = structuredClone(english);
    copy.page.notes.pop();
    expect(problemsOf(copy)).toEqual(["the source has 8 page notes but the English file has 7"]);
  });

  it("fails on an English file of the wrong shape", () => {
    expect(problemsOf({ alerts: [] })[0]).toMatch(/English text file is malformed/);
  });
});
