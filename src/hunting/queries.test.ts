import { describe, expect, it } from "vitest";
import { kqlString, resourceGraphQuery, sentinelQuery } from "./queries";

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
});

describe("resourceGraphQuery", () => {
  it("reads the alert type whichever way it is spelled", () => {
    const query = resourceGraphQuery(["AppServices_EICAR"]);
    expect(query).toContain('| where type =~ "microsoft.security/locations/alerts"');
    expect(query).toContain("coalesce(properties.alertType, properties.AlertType)");
    expect(query).toContain('| where alertType == "AppServices_EICAR"');
  });
});
