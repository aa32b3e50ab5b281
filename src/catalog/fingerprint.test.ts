import { describe, expect, it } from "vitest";
import { catalogFingerprint } from "./fingerprint";
import { realCatalog } from "./test-catalog";

describe("catalogFingerprint", () => {
  it("is the same for the same catalog and changes with any text in it", () => {
    const copy = structuredClone(realCatalog);
    expect(catalogFingerprint(copy)).toBe(catalogFingerprint(realCatalog));
    (copy.alerts[7] as { title: { en: string } }).title.en += ".";
    expect(catalogFingerprint(copy)).not.toBe(catalogFingerprint(realCatalog));
    expect(catalogFingerprint(realCatalog)).toMatch(/^[0-9a-f]{8}$/);
  });
});
