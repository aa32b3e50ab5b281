import type { CsvSeparator } from "./csv";

/** A strict RFC 4180 reader with the given separator, to check that what we write reads back. */
export function parseCsv(text: string, separator: CsvSeparator): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') {
      if (field !== "") throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (char === separator) {
      record.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else if (char === "\r" || char === "\n") throw new Error(`bare line break at ${i}`);
    else field += char;
  }
  if (quoted || field !== "" || record.length > 0) throw new Error("the last record is unfinished");
  return records;
}
