import { describe, expect, it } from "vitest";
import { buildCatalog, CatalogBuildError } from "./build-catalog";
import { readCatalogSources } from "./read-sources";

const { french, english, facts } = readCatalogSources();
const catalog = buildCatalog(french, english, facts);
const alert = (id: string) => catalog.alerts.find((a) => a.id === id);
/** The fact files' shapes, as far as the tests change them. */
interface MutableFacts {
  sources: unknown;
  lifecycle: { entries: { date: string; ids: string[]; source: string }[] };
  names: { names: Record<string, string> };
  errata: { errata: Record<string, { french: string }[]> };
  changes: { changes: { date: string; ids: string[]; to?: string }[] };
  attackTechniques: unknown;
  attackMapping: unknown;
}
const copyFacts = () => structuredClone(facts) as unknown as MutableFacts;

function problemsWith(change: (copy: MutableFacts) => void): string[] {
  const copy = copyFacts();
  change(copy);
  try {
    buildCatalog(french, english, copy);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogBuildError);
    return (error as CatalogBuildError).problems;
  }
  throw new Error("expected the build to fail");
}

describe("Microsoft's English names", () => {
  const names = (facts.names as { names: Record<string, string> }).names;

  it("name every alert of the page, and are the English titles exactly", () => {
    expect(Object.keys(names).sort()).toEqual(catalog.alerts.map((a) => a.id).sort());
    for (const a of catalog.alerts) {
      expect(a.title.en, a.id).toBe(names[a.id]);
      expect(a.titleSource, a.id).toBe("microsoft");
    }
  });

  it("fall back to our own title, marked as a translation, for an alert Microsoft does not name", () => {
    const copy = copyFacts();
    delete copy.names.names.AppServices_Nmap;
    const ours = structuredClone(english) as { alerts: Record<string, { title?: string }> };
    (ours.alerts.AppServices_Nmap as { title?: string }).title = "Nmap scan seen";
    const built = buildCatalog(french, ours, copy);
    expect(built.alerts.find((a) => a.id === "AppServices_Nmap")).toMatchObject({
      title: { en: "Nmap scan seen" },
      titleSource: "translation",
    });
  });

  it("fail the build for an ID the page does not have, or an alert with no English title at all", () => {
    expect(problemsWith((f) => (f.names.names.AppServices_Ghost = "Ghost"))).toEqual([
      'microsoft-names.json: unknown alert ID "AppServices_Ghost"',
    ]);
    expect(problemsWith((f) => delete f.names.names.AppServices_EICAR)).toEqual([
      "alert AppServices_EICAR: no Microsoft English name and no English title of ours",
    ]);
  });
});

describe("the lifecycle", () => {
  it("marks the 12 alerts retired on 2025-12-11, with the release note as source; the rest are active", () => {
    const retired = catalog.alerts.filter((a) => a.status === "deprecated");
    expect(retired).toHaveLength(12);
    for (const a of retired) {
      expect(a.statusSince).toBe("2025-12-11");
      expect(a.statusSource?.url).toBe(
        "https://learn.microsoft.com/azure/defender-for-cloud/release-notes-recommendations-alerts",
      );
    }
    expect(alert("AppServices_CurlToDisk")?.status).toBe("deprecated");
    expect(alert("AppServices_Nmap")).toMatchObject({ status: "active" });
    expect(alert("AppServices_Nmap")?.statusSince).toBeUndefined();
  });

  it("fails naming the entry for an unknown alert ID", () => {
    expect(problemsWith((f) => f.lifecycle.entries[0]?.ids.push("AppServices_Ghost"))).toEqual([
      'lifecycle.json entry 1 (2025-12-11): unknown alert ID "AppServices_Ghost"',
    ]);
  });

  it("fails naming the entry for a date that is not ISO, or not a real day", () => {
    for (const date of ["11/12/2025", "2025-12", "2025-02-30", "2025-12-11T00:00"]) {
      expect(problemsWith((f) => ((f.lifecycle.entries[0] as { date: string }).date = date))).toEqual([
        `lifecycle.json entry 1 (${date}): "${date}" is not an ISO date (YYYY-MM-DD)`,
      ]);
    }
  });

  it("fails for an unknown source", () => {
    expect(problemsWith((f) => ((f.lifecycle.entries[0] as { source: string }).source = "blog"))).toEqual([
      'lifecycle.json entry 1 (2025-12-11): unknown source "blog"',
    ]);
  });
});

describe("the errata", () => {
  it("quote the French page exactly, in the alert and field they name", () => {
    const all = catalog.alerts.flatMap((a) => a.errata.map((e) => ({ a, e })));
    expect(all.length).toBeGreaterThanOrEqual(11);
    for (const { a, e } of all) expect(a[e.field].fr, a.id).toContain(e.french);
    expect(alert("AppServices_JoomlaScanner")?.errata[0]).toMatchObject({
      field: "title",
      french: "(Détecté)",
    });
  });

  it("fail the build naming the erratum when a quote is not in the French text", () => {
    expect(
      problemsWith(
        (f) => ((f.errata.errata.AppServices_JoomlaScanner?.[0] as { french: string }).french = "(Joomla)"),
      ),
    ).toEqual([
      'errata.json AppServices_JoomlaScanner erratum 1: the quote is not in the French title: "(Joomla)"',
    ]);
    expect(problemsWith((f) => (f.errata.errata.AppServices_Ghost = []))).toEqual([
      'errata.json: unknown alert ID "AppServices_Ghost"',
    ]);
  });
});

describe("the changes", () => {
  it("list every event newest first: the retirements, the documented severity changes, the 2021 differences", () => {
    expect(catalog.changes.map((c) => [c.date, c.kind, c.ids.length])).toEqual([
      ["2025-12-11", "deprecated", 12],
      ["2024-06-03", "severity", 4],
      ["2024-01-25", "severity", 2],
      ["2022-01", "added", 1],
    ]);
    expect(catalog.changes.every((c) => c.sources.length > 0)).toBe(true);
  });

  it("fail when an alert's latest severity change does not end at today's severity", () => {
    expect(problemsWith((f) => ((f.changes.changes[1] as { to?: string }).to = "Low"))).toEqual([
      "changes.json 2024-01-25-informational: AppServices_Nmap ends at Low, but the page gives it Informational",
      "changes.json 2024-01-25-informational: AppServices_UserAgentInjection ends at Low, but the page gives it Informational",
    ]);
  });

  it("fail naming the event for an unknown ID or a bad date", () => {
    expect(problemsWith((f) => f.changes.changes[0]?.ids.push("Nope"))).toEqual([
      'changes.json 2022-01-dns-alert-added: unknown alert ID "Nope"',
    ]);
    expect(problemsWith((f) => ((f.changes.changes[0] as { date: string }).date = "January 2022"))).toEqual([
      'changes.json 2022-01-dns-alert-added: "January 2022" is not an ISO date (YYYY-MM-DD or YYYY-MM)',
    ]);
  });
});

describe("the catalog's sources", () => {
  it("each have a date, and the catalog's date is the latest of them", () => {
    expect(catalog.page.sources.length).toBeGreaterThanOrEqual(6);
    const latest = catalog.page.sources
      .map((s) => s.date)
      .sort()
      .at(-1);
    expect(catalog.page.asOf).toBe(latest);
  });
});
