import { describe, expect, it } from "vitest";
import { foldChar, foldText, foldWithMap, queryTerms } from "./fold";
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
  it("drops the quotes around a word, not those inside it", () => {
    expect(queryTerms('"AppServices_CurlToDisk" « l’hôte »')).toEqual(["appservices_curltodisk", "l'hote"]);
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

describe("foldText on long text", () => {
  const byCharacter = (text: string) => [...text].map(foldChar).join("");

  it("gives what folding each character gives", () => {
    const text = "Ça CHAUFFE: l’ÉTÉ, Œdipe & Straße — ΟΔΟΣ 😀 İstanbul ǅ ﬁ Ⅻ ẞ";
    expect(foldText(text)).toBe(byCharacter(text));
    expect(foldText(text.replace("Σ", "S"))).toBe(byCharacter(text.replace("Σ", "S")));
  });

  it("gives it for any mix of Latin, Greek, Cyrillic, accents and symbols", () => {
    const pool: string[] = [];
    for (let code = 0x20; code < 0x600; code++) pool.push(String.fromCodePoint(code));
    pool.push("’", "‘", "ẞ", "İ", "😀", "𐐀", "𝔄", "\u0301", "\u0327", " ");
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 1 + (next() % 40) }, () => pool[next() % pool.length]).join("");
      expect(foldText(text), JSON.stringify(text)).toBe(byCharacter(text));
    }
  });
});
