import { describe, expect, it } from "vitest";
import { realCatalog } from "../catalog/test-catalog";
import { kqlString, resourceGraphQuery, retiredAmong, sentinelQuery, techniqueMappingOf } from "./queries";

describe("kqlString", () => {
  it("quotes plain IDs as they are, spaces included", () => {
    expect(kqlString("AppServices_KnownCredential AccessTools")).toBe(
      '"AppServices_KnownCredential AccessTools"',
    );
  });
  it("escapes quotes, backslashes and control characters", () => {
    expect(kqlString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(kqlString("line\nbreak\ttab\u0001")).toBe('"line\\nbreak\\ttab\\u0001"');
  });
  it("keeps accents and other Unicode text", () => {
    expect(kqlString("Exécution, «test»")).toBe('"Exécution, «test»"');
  });
});

describe("sentinelQuery", () => {
  it("hunts one alert type over a time window, latest record per alert", () => {
    expect(sentinelQuery(["AppServices_CurlToDisk"])).toBe(
      [
        "SecurityAlert",
        "| where TimeGenerated > ago(30d)",
        '| where AlertType == "AppServices_CurlToDisk"',
        "| summarize arg_max(TimeGenerated, *) by SystemAlertId",
        "| project TimeGenerated, AlertName, AlertSeverity, AlertType, CompromisedEntity, Tactics, Techniques, Description, RemediationSteps, ResourceId, AlertLink, SystemAlertId",
        "| order by TimeGenerated desc",
      ].join("\n"),
    );
  });
  it("hunts a set with `in`, each ID escaped", () => {
    const query = sentinelQuery(["AppServices_Nmap", "AppServices_KnownCredential AccessTools", 'x"y'], 7);
    expect(query).toContain("| where TimeGenerated > ago(7d)");
    expect(query).toContain(
      '| where AlertType in ("AppServices_Nmap", "AppServices_KnownCredential AccessTools", "x\\"y")',
    );
  });
  it("refuses an empty set rather than writing a query that matches nothing", () => {
    expect(() => sentinelQuery([])).toThrow();
  });
  it("adds our technique mapping as its own column beside Microsoft's Techniques", () => {
    const alerts = realCatalog.alerts.filter((alert) =>
      ["AppServices_ReverseShell", "AppServices_EICAR", "AppServices_CurlToDisk"].includes(alert.id),
    );
    const mapping = techniqueMappingOf(alerts, "19.2");
    const query = sentinelQuery(
      alerts.map((alert) => alert.id),
      30,
      [],
      mapping,
    );
    expect(query.split("\n").slice(0, 5)).toEqual([
      "// OurTechniques: our ATT&CK 19.2 mapping of each alert type, not Microsoft's.",
      "let OurMapping = datatable(AlertType: string, OurTechniques: string) [",
      '    "AppServices_ReverseShell", "T1059.004, T1095",',
      '    "AppServices_CurlToDisk", "T1105"',
      "];",
    ]);
    expect(query).toContain("| lookup kind=leftouter OurMapping on AlertType\n| project");
    expect(query).toContain("Tactics, Techniques, OurTechniques, Description");
    expect(techniqueMappingOf(alerts, undefined)).toBeUndefined();
    const unmapped = realCatalog.alerts.filter((alert) => alert.id === "AppServices_EICAR");
    expect(sentinelQuery(["AppServices_EICAR"], 30, [], techniqueMappingOf(unmapped, "19.2"))).toBe(
      sentinelQuery(["AppServices_EICAR"]),
    );
  });
});

describe("resourceGraphQuery", () => {
  it("reads the alert type whichever way it is spelled", () => {
    const query = resourceGraphQuery(["AppServices_EICAR"]);
    expect(query).toContain('| where type =~ "microsoft.security/locations/alerts"');
    expect(query).toContain("coalesce(properties.alertType, properties.AlertType)");
    expect(query).toContain('| where alertType == "AppServices_EICAR"');
  });
});

describe("retired alerts", () => {
  const curl = realCatalog.alerts.filter((alert) => alert.id === "AppServices_CurlToDisk");
  const nmap = realCatalog.alerts.filter((alert) => alert.id === "AppServices_Nmap");

  it("are found among a set, with their dates", () => {
    expect(retiredAmong([...curl, ...nmap])).toEqual([{ id: "AppServices_CurlToDisk", since: "2025-12-11" }]);
    expect(retiredAmong(realCatalog.alerts)).toHaveLength(12);
  });

  it("make both queries say, first, that the alert has not been raised since its retirement", () => {
    const retired = retiredAmong(curl);
    for (const query of [
      sentinelQuery(["AppServices_CurlToDisk"], 30, retired),
      resourceGraphQuery(["AppServices_CurlToDisk"], retired),
    ]) {
      expect(query.split("\n")[0]).toBe(
        "// AppServices_CurlToDisk: retired by Microsoft on 2025-12-11; it has not been raised since that date.",
      );
    }
    expect(sentinelQuery(["AppServices_Nmap"], 30, retiredAmong(nmap)).startsWith("SecurityAlert")).toBe(
      true,
    );
  });

  it("cannot end the comment early with a line break in an ID", () => {
    const query = sentinelQuery(["x"], 30, [{ id: "x\n| take 1", since: "2025-12-11" }]);
    expect(query.split("\n")[1]).toBe("SecurityAlert");
  });
});
