import { describe, expect, it } from "vitest";
import { createI18n } from "./i18n";

describe("createI18n", () => {
  it("writes numbers in each language's own way, and follows a change of language", () => {
    const i18n = createI18n("fr");
    expect(i18n.t("filters.count", { count: 12345 })).toBe(`${(12345).toLocaleString("fr")} alertes`);
    expect((12345).toLocaleString("fr")).toMatch(/^12\s345$/u);
    void i18n.changeLanguage("en");
    expect(i18n.t("filters.count", { count: 12345 })).toBe("12,345 alerts");
    expect(i18n.t("filters.count", { count: 7 })).toBe("7 alerts");
  });
});
