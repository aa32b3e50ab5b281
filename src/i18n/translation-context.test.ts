import { describe, expect, it } from "vitest";
import { loadedTranslation } from "./test-translations";

describe("translations", () => {
  it("get the later strings once their code loads, whether made before or after", async () => {
    const english = (await loadedTranslation("en")).i18n;
    expect(english.t("app.loading")).toBe("Loading the alert catalog…");
    expect(english.exists("about.title")).toBe(false); // not in the first download

    await import("./later-strings");
    expect(english.t("about.title")).toBe("About this catalog");
    expect(english.t("detail.description")).toBe("Description"); // the first view's, kept

    const french = (await loadedTranslation("fr")).i18n; // made after
    expect(french.t("about.title")).toBe("À propos de ce catalogue");
    expect(french.t("hunt.window", { days: 30 })).toBe("30 derniers jours ; élargissez ago() si besoin.");
  });
});

describe("counts", () => {
  it("are written as each language writes numbers", async () => {
    const english = (await loadedTranslation("en")).i18n;
    const french = (await loadedTranslation("fr")).i18n;
    expect(english.t("results.count", { count: 1234, total: 50000 })).toBe("1,234 of 50,000 alerts");
    expect(french.t("results.count", { count: 1234, total: 50000 })).toBe(
      "1\u202f234 alertes sur 50\u202f000",
    );
    expect(english.t("results.countLoading", { count: 7, total: 50 })).toBe(
      "7 of the first 50 alerts — loading the rest…",
    );
    expect(english.t("results.count", { count: 1, total: 40 })).toBe("1 of 40 alerts");
  });
});
