import { useTranslation } from "../../i18n/translation-context";

/**
 * A polite live region: screen readers hear the new count as results change. While a large
 * catalog is still downloading (`complete` false), it says the count is of its first alerts.
 */
export function ResultCount({ count, total, complete }: { count: number; total: number; complete: boolean }) {
  const { t } = useTranslation();
  return (
    <p
      role="status"
      aria-live="polite"
      className="text-sm font-medium text-slate-700"
      data-testid="result-count"
    >
      {t(complete ? "results.count" : "results.countLoading", { count, total })}
    </p>
  );
}
