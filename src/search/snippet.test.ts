import { describe, expect, it } from "vitest";
import type { Alert } from "../catalog/schema";
import { realCatalog } from "../catalog/test-catalog";
import { queryTerms } from "./fold";
import { descriptionSnippet } from "./snippet";

const alert = (id: string) => realCatalog.alerts.find((a) => a.id === id) as Alert;
const snippet = (id: string, query: string, language: "fr" | "en" = "en") =>
  descriptionSnippet(alert(id), language, queryTerms(query));

describe("descriptionSnippet", () => {
  const pastebin = realCatalog.alerts.filter((a) => a.description.en.toLowerCase().includes("pastebin"));

  it("shows where a word found only in the description is, cut at spaces", () => {
    expect(pastebin.length).toBeGreaterThan(0);
    for (const { id, description } of pastebin) {
      const found = snippet(id, "pastebin");
      expect(found?.text.toLowerCase()).toContain("pastebin");
      expect(description.en).toContain(found?.text);
      expect(found?.text.length).toBeLessThanOrEqual(170);
      if (found?.cutBefore) expect(description.en).toContain(` ${found.text}`);
    }
  });

  it("finds the word whatever its case and accents", () => {
    const id = "AppServices_PhpInUploadFolder";
    const word =
      alert(id)
        .description.fr.split(/\s+/)
        .find((w) => /[éè]/.test(w)) ?? "";
    const found = snippet(id, word.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase(), "fr");
    expect(found?.text).toContain(word);
  });

  it("is not needed when the title or the ID shows every word", () => {
    expect(snippet("AppServices_DownloadUsingCertutil", "certutil")).toBeNull();
    expect(snippet("AppServices_CurlToDisk", "curltodisk")).toBeNull();
    expect(snippet("AppServices_CurlToDisk", "")).toBeNull();
  });

  it("shows the word the title lacks when the title has the others", () => {
    const { id } = pastebin[0] as Alert;
    const titleWord = alert(id).title.en.split(" ")[0] ?? "";
    expect(snippet(id, `${titleWord} pastebin`)?.text.toLowerCase()).toContain("pastebin");
  });

  it("says whether the description goes on before and after", () => {
    const id = "AppServices_DownloadCodeFromWebsite";
    expect(snippet(id, "pastebin")).toMatchObject({ cutBefore: true, cutAfter: true });
    expect(snippet(id, "analysis")).toMatchObject({ cutBefore: false, cutAfter: true });
    expect(snippet(id, "analysis")?.text.startsWith("Analysis of App Service")).toBe(true);
  });
});
