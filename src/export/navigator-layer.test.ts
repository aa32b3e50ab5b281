import { describe, expect, it } from "vitest";
import type { Alert, AttackInfo } from "../catalog/schema";
import { realCatalog } from "../catalog/test-catalog";
import { LAYER_FORMAT, type LayerWords, NAVIGATOR_VERSION, navigatorLayer } from "./navigator-layer";

const attack = realCatalog.page.attack as AttackInfo;
const words: LayerWords = {
  name: "App Service alerts: our ATT&CK mapping",
  description: "12 of 40 alerts",
  alerts: (count) => `${count} alert${count === 1 ? "" : "s"}`,
  mapping: { name: "Mapping", value: "ours, not Microsoft's" },
  viewLabel: "This view",
};
const urls = {
  view: "https://example.test/alerts/?lang=en&severity=High",
  alert: (id: string) => `https://example.test/alerts/?lang=en&alert=${encodeURIComponent(id)}`,
};
const layerOf = (alerts: readonly Alert[]) => navigatorLayer(alerts, attack, "en", words, urls);
const isHexColor = (value: unknown) => typeof value === "string" && /^#[0-9a-f]{6}$/i.test(value);

describe("navigatorLayer", () => {
  const layer = layerOf(realCatalog.alerts);

  it("has the fields and types layer format 4.5 requires", () => {
    expect(typeof layer.name).toBe("string");
    expect(layer.domain).toBe("enterprise-attack");
    expect(layer.versions).toEqual({ attack: "19", navigator: NAVIGATOR_VERSION, layer: LAYER_FORMAT });
    expect(LAYER_FORMAT).toBe("4.5");
    const [major, minor] = NAVIGATOR_VERSION.split(".").map(Number) as [number, number];
    expect(major > 4 || (major === 4 && minor >= 9)).toBe(true);
    expect([0, 1, 2, 3]).toContain(layer.sorting);
    for (const technique of layer.techniques) {
      expect(technique.techniqueID).toMatch(/^T\d{4}(\.\d{3})?$/);
      expect(typeof technique.enabled).toBe("boolean");
      if (technique.score !== undefined) expect(Number.isInteger(technique.score)).toBe(true);
      for (const item of technique.metadata ?? []) {
        expect(typeof item.name).toBe("string");
        expect(typeof item.value).toBe("string");
      }
      for (const link of technique.links ?? []) expect(link.url).toMatch(/^https?:\/\//);
    }
    expect(layer.gradient.colors.length).toBeGreaterThanOrEqual(2);
    expect(layer.gradient.colors.every(isHexColor)).toBe(true);
    expect(layer.gradient.maxValue).toBeGreaterThan(layer.gradient.minValue);
    expect(layer.legendItems.every((item) => typeof item.label === "string" && isHexColor(item.color))).toBe(
      true,
    );
    expect(JSON.parse(JSON.stringify(layer))).toEqual(layer);
  });

  it("scores each technique by the alerts of the view mapped to it, naming them", () => {
    const ingress = layer.techniques.find((technique) => technique.techniqueID === "T1105");
    const mapped = realCatalog.alerts.filter((alert) => alert.techniques.some((t) => t.id === "T1105"));
    expect(ingress?.score).toBe(mapped.length);
    expect(ingress?.comment).toContain("AppServices_CurlToDisk: Saving curl output to disk detected");
    expect(ingress?.metadata?.map((item) => item.name)).toEqual(mapped.map((alert) => alert.id));
    expect(ingress?.links?.[0]?.url).toBe(urls.alert(mapped[0]?.id ?? ""));
    expect(layer.gradient.maxValue).toBe(mapped.length);
    expect(layer.legendItems.map((item) => item.label)).toEqual(["1 alert", `${mapped.length} alerts`]);
  });

  it("counts only the alerts in view, and unfolds the parents of scored sub-techniques", () => {
    const view = realCatalog.alerts.filter((alert) =>
      ["AppServices_ReverseShell", "AppServices_CurlToDisk"].includes(alert.id),
    );
    const small = layerOf(view);
    expect(small.techniques).toEqual([
      expect.objectContaining({ techniqueID: "T1059.004", score: 1 }),
      expect.objectContaining({ techniqueID: "T1095", score: 1 }),
      expect.objectContaining({ techniqueID: "T1105", score: 1 }),
      { techniqueID: "T1059", enabled: true, showSubtechniques: true },
    ]);
    expect(small.gradient.maxValue).toBe(1);
    expect(layerOf([]).techniques).toEqual([]);
  });

  it("links back to the view and says whose mapping it is", () => {
    expect(layer.links).toEqual([{ label: "This view", url: urls.view }]);
    expect(layer.metadata).toContainEqual({ name: "ATT&CK", value: attack.version });
    expect(layer.metadata).toContainEqual({ name: "Mapping", value: "ours, not Microsoft's" });
  });
});
