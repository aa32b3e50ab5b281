import { useTranslation } from "react-i18next";
import type { Alert, Language } from "../../catalog/schema";
import { formatDate } from "../../i18n/format-date";
import { SourceLink } from "../../ui/source-link";

/** For a retired alert: since when Microsoft no longer raises it, and where that is said. */
export function StatusNotice({ alert, language }: { alert: Alert; language: Language }) {
  const { t } = useTranslation();
  if (alert.status !== "deprecated" || !alert.statusSince) return null;
  return (
    <div
      data-testid="status-notice"
      className="mt-3 rounded-md border-l-4 border-slate-500 bg-slate-100 px-3 py-2 text-sm text-slate-900"
    >
      <p className="font-medium">{t("status.notice", { date: formatDate(alert.statusSince, language) })}</p>
      {alert.statusSource && (
        <p className="mt-1">
          {t("status.source")} <SourceLink source={alert.statusSource} />
        </p>
      )}
    </div>
  );
}
