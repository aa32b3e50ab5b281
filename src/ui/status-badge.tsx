import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { Alert, Language } from "../catalog/schema";
import { formatDate } from "../i18n/format-date";

/** "Retired" on an alert Microsoft no longer raises; nothing on an active one. */
export const StatusBadge = memo(function StatusBadge({
  alert,
  language,
}: {
  alert: Alert;
  language: Language;
}) {
  const { t } = useTranslation();
  if (alert.status !== "deprecated") return null;
  const since = alert.statusSince
    ? t("status.retiredOn", { date: formatDate(alert.statusSince, language) })
    : undefined;
  return (
    <span
      data-status="deprecated"
      title={since}
      className="inline-flex items-center gap-1 rounded-full align-top bg-slate-200 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-slate-800 ring-1 ring-slate-400 ring-inset"
    >
      <span aria-hidden="true">⊘</span>
      {t("status.deprecated")}
    </span>
  );
});
