import { useTranslation } from "react-i18next";
import type { Alert, Catalog, Language } from "../../catalog/schema";
import type { ExportFormat } from "../../export/export-view";
import type { ViewState } from "../../url/view-state";

interface ExportMenuProps {
  catalog: Catalog;
  alerts: readonly Alert[];
  view: ViewState;
  language: Language;
}

const FORMATS: ExportFormat[] = ["csv", "json", "markdown"];

/** Exports the view as shown; the export code loads on first use, not with the page. */
export function ExportMenu({ catalog, alerts, view, language }: ExportMenuProps) {
  const { t } = useTranslation();
  const save = async (format: ExportFormat) => {
    const { saveExport } = await import("./save-export");
    const headers = {
      id: t("columns.id"),
      title: t("columns.title"),
      severity: t("columns.severity"),
      tactics: t("columns.tactics"),
      platforms: t("columns.platforms"),
      status: t("export.status"),
      statusSince: t("export.statusSince"),
      description: t("detail.description"),
    };
    saveExport(format, catalog, alerts, view, language, headers);
  };
  return (
    <fieldset className="flex items-center gap-1" title={t("export.hint", { count: alerts.length })}>
      <legend className="sr-only">{t("export.hint", { count: alerts.length })}</legend>
      <span aria-hidden="true" className="text-sm text-slate-600">
        {t("export.label")}
      </span>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          disabled={alerts.length === 0}
          onClick={() => void save(format)}
          aria-label={`${t("export.label")} ${t(`export.${format}`)}`}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-50"
        >
          {t(`export.${format}`)}
        </button>
      ))}
    </fieldset>
  );
}
