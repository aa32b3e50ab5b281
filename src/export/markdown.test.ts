import { describe, expect, it } from "vitest";
import { markdownAround, markdownCode, markdownTable, markdownText, markdownUrl } from "./markdown";

describe("markdownText", () => {
  it("escapes what Markdown would turn into a link, an image, HTML, code or a cell break", () => {
    expect(markdownText("[open](javascript:alert(1))")).toBe("\\[open\\](javascript:alert(1))");
    expect(markdownText("![x](https://example.invalid/p.png)")).toBe(
      "!\\[x\\](https://example.invalid/p.png)",
    );
    expect(markdownText('<img src=x onerror="alert(1)">')).toBe('\\<img src=x onerror="alert(1)">');
    expect(markdownText("a | b")).toBe("a \\| b");
    expect(markdownText("`code` and \\")).toBe("\\`code\\` and \\\\");
  });
  it("folds line breaks, so no text starts a heading, a list or a new row", () => {
    expect(markdownText("line 1\n# heading\r\n- item\u2028[link](https://example.invalid)")).toBe(
      "line 1 # heading - item \\[link\\](https://example.invalid)",
    );
  });
  it("leaves ordinary text as it is", () => {
    expect(markdownText("Exécution d’un processus suspect (certutil)")).toBe(
      "Exécution d’un processus suspect (certutil)",
    );
  });
});

describe("markdownCode", () => {
  it("fences around backticks, escapes pipes and folds line breaks", () => {
    expect(markdownCode("a`b")).toBe("``a`b``");
    expect(markdownCode("`a")).toBe("`` `a ``");
    expect(markdownCode("a|b")).toBe("`a\\|b`");
    expect(markdownCode("a\n| b")).toBe("`a \\| b`");
  });
});

describe("markdownUrl", () => {
  it("keeps a URL whole inside angle brackets", () => {
    expect(markdownUrl("https://host/a?q=x y&b=<c>")).toBe("<https://host/a?q=x%20y&b=%3Cc%3E>");
  });
});

describe("markdownAround", () => {
  it("escapes the sentence and keeps the Markdown put in its slot", () => {
    expect(markdownAround((link) => `Source [1] : ${link}.`, "[page](<https://x>)")).toBe(
      "Source \\[1\\] : [page](<https://x>).",
    );
  });
});

describe("markdownTable", () => {
  it("writes a header, a rule and one line per row", () => {
    expect(markdownTable(["A", "B"], [["1", "2"]])).toBe("| A | B |\n| --- | --- |\n| 1 | 2 |");
  });
});
