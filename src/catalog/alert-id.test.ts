import { describe, expect, it } from "vitest";
import { idWrapParts, looksLikeAlertId } from "./alert-id";
import { realCatalog } from "./test-catalog";

describe("looksLikeAlertId", () => {
  it("accepts every ID of the real catalog, the one with a space included", () => {
    for (const alert of realCatalog.alerts) expect(looksLikeAlertId(alert.id), alert.id).toBe(true);
    expect(looksLikeAlertId("SQL.DB_BruteForce")).toBe(true);
    expect(looksLikeAlertId("K8S-NODE_Miner")).toBe(true);
  });

  it("refuses sentences, markup, quotes and anything longer than 100 characters", () => {
    for (const text of [
      'X" is not in this catalog. SECURITY NOTICE: call +1 555 0100',
      "Your session expired call now",
      "<img src=x>",
      "AppServices_Curl\u202EToDisk",
      "AppServices_Curl\u200BToDisk",
      "AppServices_Curl\nToDisk",
      " AppServices_CurlToDisk",
      "AppServices_CurlToDisk ",
      "_leading",
      "",
      `AppServices_${"A".repeat(89)}`,
    ])
      expect(looksLikeAlertId(text), JSON.stringify(text)).toBe(false);
    expect(looksLikeAlertId(`AppServices_${"A".repeat(88)}`)).toBe(true);
  });
});

describe("idWrapParts", () => {
  it("cuts after an underscore and where a lower-case letter meets a capital, nowhere else", () => {
    expect(idWrapParts("AppServices_CurlToDisk")).toEqual(["App", "Services_", "Curl", "To", "Disk"]);
    expect(idWrapParts("AppServices_SVCHostFromInvalidPath")).toEqual([
      "App",
      "Services_",
      "SVCHost",
      "From",
      "Invalid",
      "Path",
    ]);
    expect(idWrapParts("AppServices_Base64EncodedExecutable")).toEqual([
      "App",
      "Services_",
      "Base64Encoded",
      "Executable",
    ]);
    expect(idWrapParts("AppServices_EICAR")).toEqual(["App", "Services_", "EICAR"]);
    expect(idWrapParts("lowercase")).toEqual(["lowercase"]);
  });

  it("gives back every ID of the real catalog when joined", () => {
    for (const alert of realCatalog.alerts) expect(idWrapParts(alert.id).join("")).toBe(alert.id);
  });
});
