import { describe, expect, it } from "vitest";
import { foldText, foldWithMap, queryTerms } from "./fold";
import { highlightMatches } from "./highlight";

describe("foldText", () => {
  it("ignores case and accents", () => {
    expect(foldText("Exécution ÉLEVÉE")).toBe("execution elevee");
  });
  it("opens ligatures and straightens apostrophes", () => {
    expect(foldText("Œuvre l’hôte")).toBe("oeuvre l'hote");
  });
  it("maps every folded unit back to its original character", () => {
    const { folded, origin } = foldWithMap("aœb");
    expect(folded).toBe("aoeb");
    expect(origin).toEqual([0, 1, 1, 2, 3]);
  });
});

describe("queryTerms", () => {
  it("splits on any whitespace and drops empty words", () => {
    expect(queryTerms("  Certutil\tTÉLÉCHARGEMENT  ")).toEqual(["certutil", "telechargement"]);
    expect(queryTerms("   ")).toEqual([]);
  });
});

describe("highlightMatches", () => {
  const marked = (text: string, query: string) =>
    highlightMatches(text, queryTerms(query))
      .map((part) => (part.match ? `[${part.text}]` : part.text))
      .join("");

  it("marks accent-insensitive matches in the original text", () => {
    expect(marked("Exécution de cmdlets PowerShell suspects", "execution powershell")).toBe(
      "[Exécution] de cmdlets [PowerShell] suspects",
    );
  });
  it("marks every occurrence and merges overlapping ones", () => {
    expect(marked("certutil et Certutil", "cert util")).toBe("[certutil] et [Certutil]");
  });
  it("marks whole characters when a term ends inside a ligature", () => {
    expect(marked("cœur", "co")).toBe("[cœ]ur");
  });
  it("leaves text alone without terms", () => {
    expect(highlightMatches("abc", [])).toEqual([{ text: "abc", match: false }]);
  });
});
