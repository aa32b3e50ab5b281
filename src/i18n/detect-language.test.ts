import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";

describe("detectLanguage", () => {
  it("prefers the link, then the saved choice, then the browser, then French", () => {
    expect(detectLanguage("en", "fr", ["fr-FR"])).toBe("en");
    expect(detectLanguage(null, "en", ["fr-FR"])).toBe("en");
    expect(detectLanguage(null, null, ["de-DE", "en-GB", "fr"])).toBe("en");
    expect(detectLanguage(null, "klingon", ["de", "es"])).toBe("fr");
  });
});
