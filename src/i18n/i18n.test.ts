import { describe, expect, it } from "vitest";
import { ALL_STRINGS } from "./all-strings";
import { createI18n, groupThousands } from "./i18n";

describe("createI18n", () => {
  it("writes numbers in each language's own way, and follows a change of language", () => {
    const i18n = createI18n("fr", ALL_STRINGS);
    expect(i18n.t("filters.count", { count: 12345 })).toBe(`${(12345).toLocaleString("fr")} alertes`);
    expect((12345).toLocaleString("fr")).toMatch(/^12\s345$/u);
    void i18n.changeLanguage("en");
    expect(i18n.t("filters.count", { count: 12345 })).toBe("12,345 alerts");
    expect(i18n.t("filters.count", { count: 7 })).toBe("7 alerts");
  });
});

describe("groupThousands", () => {
  it("writes what Intl.NumberFormat writes for each language", () => {
    for (const value of [0, 7, 40, 999, 1000, 12345, 123456, 1234567, 50000, -1234, 1234.5]) {
      expect(groupThousands(value, "fr")).toBe(new Intl.NumberFormat("fr").format(value));
      expect(groupThousands(value, "en")).toBe(new Intl.NumberFormat("en").format(value));
    }
  });
});
