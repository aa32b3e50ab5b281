import { useTranslation } from "react-i18next";
import type { Alert, Catalog, Language } from "../../catalog/schema";
import type { CsvSeparator } from "../../export/csv";
import type { ExportFormat } from "../../export/export-view";
import type { ViewState } from "../../url/view-state";

interface ExportMenuProps {
  catalog: Catalog;
  alerts: readonly Alert[];
  view: ViewState;
  language: Language;
}

/** What Excel splits on in the locale that goes with each interface language (see src/export/csv.ts). */
const CSV_SEPARATOR: Record<Language, CsvSeparator> = { fr: ";", en: "," };

/** Exports the view as shown; the export code loads on first use, not with the page. */
export function ExportMenu({ catalog, alerts, view, language }: ExportMenuProps) {
  const { t, i18n } = useTranslation();
  const save = async (format: ExportFormat, separator: CsvSeparator) => {
    const [{ saveExport, describeFilters }, labelling, { withNotes }, { addLaterStrings }] =
      await Promise.all([
        import("./save-export"),
        import("./export-labels"),
        import("./with-notes"),
        import("../../i18n/later-strings"),
      ]);
    addLaterStrings(i18n);
    const whole = format === "json" ? await withNotes(catalog, alerts) : { catalog, alerts };
    const labels = labelling.exportLabels(t, catalog);
    const context = labelling.reportContext(t, catalog, alerts.length, view, language);
    saveExport(format, {
      catalog: whole.catalog,
      alerts: whole.alerts,
      view,
      language,
      separator,
      labels,
      context,
      layerWords: labelling.layerWords(t, catalog, alerts.length, describeFilters(view, labels, context)),
      alertUrl: labelling.alertUrlIn(view, language),
    });
  };
  // The separator Excel expects in the interface language's locale first; the other one click away.
  const usual = CSV_SEPARATOR[language];
  const other = usual === ";" ? "," : ";";
  const buttons: { format: ExportFormat; separator: CsvSeparator; text: string; hint?: string }[] = [
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
  return (
    <fieldset
      className="flex flex-wrap items-center gap-1"
      title={t("exports.hint", { count: alerts.length })}
    >
      <legend className="sr-only">{t("exports.hint", { count: alerts.length })}</legend>
      <span aria-hidden="true" className="text-sm text-slate-600">
        {t("exports.label")}
      </span>
      {buttons.map(({ format, separator, text, hint }) => (
        <button
          key={text}
          type="button"
          disabled={alerts.length === 0}
          onClick={() => void save(format, separator)}
          aria-label={`${t("exports.label")} ${text}`}
          title={hint}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-50"
        >
          {text}
        </button>
      ))}
    </fieldset>
  );
}
