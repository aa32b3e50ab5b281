import { describe, expect, it } from "vitest";
import { csvField, defuseFormula, toCsvText } from "./csv";
import { parseCsv } from "./test-csv";

/** What a spreadsheet would take for a formula, after the whitespace it trims. */
const runsAsFormula = (cell: string) => /^\s*[=+\-@＝＋－＠﹦﹢﹣﹫]/.test(cell);

const HOSTILE = [
  "=1+1",
  '=HYPERLINK("http://example.invalid","x")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1:A2)",
  " =1+1",
  "   @SUM(A1)",
  "\u00A0=1+1",
  "\u3000＝1+1",
  "＝1+1",
  "＋1",
  "－1",
  "＠SUM(A1)",
  "﹦1+1",
  "\t=1+1",
  "\tplain after a tab",
  "\r=1+1",
  "\n=1+1",
  "text;=1+1",
  "text,=1+1",
  'text";=1+1;"',
  "line 1\r\n=1+1",
  '"quoted" and ;semicolon, comma',
];

describe("defuseFormula", () => {
  it("defuses every cell a spreadsheet would run, whitespace and full-width forms included", () => {
    for (const value of HOSTILE.filter(runsAsFormula))
      expect(defuseFormula(value), JSON.stringify(value)).toBe(`'${value}`);
    expect(defuseFormula("\tplain after a tab")).toBe("'\tplain after a tab");
  });
  it("leaves ordinary text alone", () => {
    for (const value of [
      "plain",
      "AppServices_CurlToDisk",
      "a = b",
      "Exécution à distance",
      "2025-12-11",
      "",
    ])
      expect(defuseFormula(value)).toBe(value);
  });
});

describe("csvField", () => {
  it("quotes a field holding either separator, a quote or a line break, doubling quotes", () => {
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("a\rb")).toBe('"a\rb"');
    expect(csvField("plain text")).toBe("plain text");
  });
});

describe("toCsvText", () => {
  for (const separator of [",", ";"] as const) {
    it(`reads back field for field with "${separator}", every hostile string one cell, none a formula`, () => {
      const records = [["header", "other"], ...HOSTILE.map((value) => [value, `${value}${separator}tail`])];
      const text = toCsvText(records, separator);
      expect(text.startsWith("\uFEFF")).toBe(true);
      expect(text.endsWith("\r\n")).toBe(true);
      const read = parseCsv(text.slice(1), separator);
      expect(read).toHaveLength(records.length);
      read.forEach((fields, index) => {
        expect(fields).toEqual((records[index] as string[]).map(defuseFormula));
        for (const cell of fields) expect(runsAsFormula(cell), JSON.stringify(cell)).toBe(false);
      });
    });
  }
  it("writes no sep= line, which would make Excel ignore the BOM", () => {
    expect(toCsvText([["a", "b"]], ";")).toBe("\uFEFFa;b\r\n");
  });
});
