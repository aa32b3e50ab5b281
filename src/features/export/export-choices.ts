import type { TFunction } from "i18next";
import type { Alert, Catalog, Language } from "../../catalog/schema";
import type { CsvSeparator } from "../../export/csv";
import type { ExportFormat } from "../../export/export-view";
import type { ViewState } from "../../url/view-state";

/** What an export is made of: the view as shown. */
export interface ExportSubject {
  catalog: Catalog;
  alerts: readonly Alert[];
  view: ViewState;
  language: Language;
}

export interface ExportChoice {
  format: ExportFormat;
  separator: CsvSeparator;
  text: string;
  hint?: string;
}

/** What Excel splits on in the locale that goes with each interface language (see src/export/csv.ts). */
const CSV_SEPARATOR: Record<Language, CsvSeparator> = { fr: ";", en: "," };

/**
 * The exports offered, the CSV Excel expects in the interface language's locale first, the other
 * one click away; the ATT&CK Navigator layer when the catalog has our mapping.
 */
export function exportChoices(t: TFunction, language: Language, catalog: Catalog): ExportChoice[] {
  const usual = CSV_SEPARATOR[language];
  const other = usual === ";" ? "," : ";";
  return [
    { format: "csv", separator: usual, text: t("exports.csv"), hint: t("exports.csvHint") },
    { format: "csv", separator: other, text: t("exports.csvOther"), hint: t("exports.csvOtherHint") },
    { format: "json", separator: usual, text: t("exports.json") },
    { format: "markdown", separator: usual, text: t("exports.markdown") },
    ...(catalog.page.attack
      ? [
          {
            format: "navigator" as const,
            separator: usual,
            text: t("exports.navigator"),
            hint: t("exports.navigatorHint"),
          },
        ]
      : []),
  ];
}

/** Saves one export; its code, and the strings only exports use, load on the first export. */
export async function saveChoice(...request: Parameters<typeof import("./save-export").saveChoice>) {
  const { saveChoice: save } = await import("./save-export");
  await save(...request);
}
