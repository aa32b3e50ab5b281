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

/** The exports offered, the CSV Excel expects in the interface language's locale first, the other one click away. */
export function exportChoices(t: TFunction, language: Language): ExportChoice[] {
  const usual = CSV_SEPARATOR[language];
  const other = usual === ";" ? "," : ";";
  return [
    { format: "csv", separator: usual, text: t("export.csv"), hint: t("export.csvHint") },
    { format: "csv", separator: other, text: t("export.csvOther"), hint: t("export.csvOtherHint") },
    { format: "json", separator: usual, text: t("export.json") },
    { format: "markdown", separator: usual, text: t("export.markdown") },
  ];
}

/** Saves one export; its code loads on first use, not with the page. */
export async function saveChoice(t: TFunction, subject: ExportSubject, { format, separator }: ExportChoice) {
  const { catalog, alerts, view, language } = subject;
  const [{ saveExport }, { exportLabels, reportContext }, { withNotes }] = await Promise.all([
    import("./save-export"),
    import("./export-labels"),
    import("./with-notes"),
  ]);
  const whole = format === "json" ? await withNotes(catalog, alerts) : { catalog, alerts };
  saveExport(format, {
    catalog: whole.catalog,
    alerts: whole.alerts,
    view,
    language,
    separator,
    labels: exportLabels(t),
    context: reportContext(t, catalog, alerts.length, view, language),
  });
}
