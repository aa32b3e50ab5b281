import { memo } from "react";
import type { Alert, Language } from "../catalog/schema";
import { formatDate } from "../i18n/format-date";
import { useTaxonomyLabels } from "./taxonomy-labels";

/** "Retired" on an alert Microsoft no longer raises; nothing on an active one. */
export const StatusBadge = memo(function StatusBadge({
  alert,
  language,
}: {
  alert: Alert;
  language: Language;
}) {
  const labels = useTaxonomyLabels();
  if (alert.status !== "deprecated") return null;
  return (
    <span
      data-status="deprecated"
      title={alert.statusSince ? labels.retiredOn(formatDate(alert.statusSince, language)) : undefined}
      className="inline-flex items-center gap-1 rounded-full align-top bg-slate-200 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-slate-800 ring-1 ring-slate-400 ring-inset"
    >
      <span aria-hidden="true">⊘</span>
      {labels.status.deprecated}
    </span>
  );
});
