/**
 * CSV as spreadsheets open it: RFC 4180 fields, CRLF records, UTF-8 with a BOM so Excel reads
 * accents. Excel splits on the list separator of the system's locale: `,` in English, `;` in
 * French and most of Europe. No `sep=` line: with one, Excel ignores the BOM and garbles accents.
 */
export type CsvSeparator = "," | ";";

/**
 * A cell a spreadsheet would run as a formula: `= + - @` or their full-width and small forms,
 * also after leading whitespace (Excel trims it), or a tab or carriage return first.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B])/;

/** A leading `'` makes the spreadsheet show the cell as text instead of running it. */
export const defuseFormula = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** One field, defused, and quoted (quotes doubled) when it holds either separator, a quote or a line break. */
export function csvField(value: string): string {
  const safe = defuseFormula(value);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsvText(records: readonly (readonly string[])[], separator: CsvSeparator): string {
  return `\uFEFF${records.map((fields) => fields.map(csvField).join(separator)).join("\r\n")}\r\n`;
}
