import { describe, expect, it } from "vitest";
import { techniqueNames, techniqueUrl } from "./attack";
import { realCatalog } from "./test-catalog";

describe("techniqueUrl", () => {
  it("links a technique and a sub-technique to their pages on attack.mitre.org", () => {
    expect(techniqueUrl("T1140")).toBe("https://attack.mitre.org/techniques/T1140");
    expect(techniqueUrl("T1059.004")).toBe("https://attack.mitre.org/techniques/T1059/004");
  });
});

describe("techniqueNames", () => {
  it("names every technique an alert of the real catalog is mapped to", () => {
    const names = techniqueNames(realCatalog);
    const used = realCatalog.alerts.flatMap((alert) => alert.techniques.map((technique) => technique.id));
    expect(used.length).toBeGreaterThan(40);
    for (const id of used) expect(names.get(id), id).toBeTruthy();
  });
  it("is empty for a catalog written before the mapping", () => {
    const { attack, ...page } = realCatalog.page;
    expect(techniqueNames({ ...realCatalog, page }).size).toBe(0);
  });
});
