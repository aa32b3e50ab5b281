import { describe, expect, it } from "vitest";
import { realCatalog } from "../catalog/test-catalog";
import { findAlertById, idKey, indexIds } from "./id-match";

const index = indexIds(realCatalog.alerts);
const found = (text: string) => findAlertById(index, text)?.id ?? null;
const PUBLISHED = "AppServices_KnownCredential AccessTools"; // the published ID has a space

describe("findAlertById", () => {
  it("finds an ID as published", () => {
    expect(found("AppServices_CurlToDisk")).toBe("AppServices_CurlToDisk");
    expect(found(PUBLISHED)).toBe(PUBLISHED);
  });

  it("finds the portal's spelling, without the published space", () => {
    expect(found("AppServices_KnownCredentialAccessTools")).toBe(PUBLISHED);
  });

  it("ignores case, quotes, spaces and underscores", () => {
    expect(found("appservices_curltodisk")).toBe("AppServices_CurlToDisk");
    expect(found('"AppServices_CurlToDisk"')).toBe("AppServices_CurlToDisk");
    expect(found("“AppServices_CurlToDisk”")).toBe("AppServices_CurlToDisk");
    expect(found("'AppServices_CurlToDisk'")).toBe("AppServices_CurlToDisk");
    expect(found("« AppServices_CurlToDisk »")).toBe("AppServices_CurlToDisk");
    expect(found("AppServices_CurlToDisk ")).toBe("AppServices_CurlToDisk");
    expect(found("  appservices knowncredentialaccesstools\n")).toBe(PUBLISHED);
    expect(found("AppServicesCurlToDisk")).toBe("AppServices_CurlToDisk");
  });

  it("finds nothing for part of an ID, another ID or nothing", () => {
    expect(found("CurlToDisk")).toBeNull();
    expect(found("AppServices_CurlToDisks")).toBeNull();
    expect(found("AppServices_SuspectDownloa")).toBeNull();
    expect(found(' "" ')).toBeNull();
    expect(found("")).toBeNull();
  });

  it("prefers the exact ID over another whose key is the same", () => {
    const [a, b] = realCatalog.alerts as [never, never];
    const twins = indexIds([
      { ...(a as object), id: "X_Ab" },
      { ...(b as object), id: "XAb" },
    ] as never);
    expect(findAlertById(twins, "XAb")?.id).toBe("XAb");
    expect(findAlertById(twins, "x ab")?.id).toBe("X_Ab");
  });
});

describe("idKey", () => {
  it("keeps the letters and digits of an ID, in lower case", () => {
    expect(idKey("AppServices_KnownCredential AccessTools")).toBe("appservicesknowncredentialaccesstools");
    expect(idKey("AppServices_EICAR")).toBe("appserviceseicar");
  });
});
