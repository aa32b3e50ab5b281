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
