import { describe, expect, it } from "vitest";
import { realCatalog } from "../catalog/test-catalog";
import { closestIds } from "./closest-ids";

const PUBLISHED = "AppServices_KnownCredential AccessTools"; // the published ID has a space

describe("closestIds", () => {
  it("suggests the ID a typing mistake away", () => {
    expect(closestIds(realCatalog.alerts, "AppServices_CurlToDisks")).toEqual(["AppServices_CurlToDisk"]);
    expect(closestIds(realCatalog.alerts, "appservices_knowncredentialsaccesstools")).toEqual([PUBLISHED]);
  });

  it("suggests it without its prefix too", () => {
    expect(closestIds(realCatalog.alerts, "CurlToDsk")).toEqual(["AppServices_CurlToDisk"]);
  });

  it("suggests every ID holding the text, best first, at most three", () => {
    expect(closestIds(realCatalog.alerts, "AppServices_SuspectDownloa")).toEqual([
      "AppServices_SuspectDownload",
      "AppServices_SuspectDownloadArtifacts",
    ]);
    expect(closestIds(realCatalog.alerts, "Scanner")).toEqual([
      "AppServices_DrupalScanner",
      "AppServices_JoomlaScanner",
      "AppServices_WpScanner",
    ]);
  });

  it("suggests nothing for text that is no ID", () => {
    expect(closestIds(realCatalog.alerts, "Nope")).toEqual([]);
    expect(closestIds(realCatalog.alerts, "AppServices_DoesNotExist")).toEqual([]);
    expect(closestIds(realCatalog.alerts, "x".repeat(500))).toEqual([]);
    expect(closestIds(realCatalog.alerts, "")).toEqual([]);
  });
});
