import { useTranslation } from "react-i18next";

/** A polite live region: screen readers hear the new count as results change. */
export function ResultCount({ count, total }: { count: number; total: number }) {
  const { t } = useTranslation();
  return (
    <p
      role="status"
      aria-live="polite"
      className="text-sm font-medium text-slate-700"
      data-testid="result-count"
    >
      {t("results.count", { count, total })}
    </p>
  );
}
