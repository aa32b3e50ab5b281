import { useTranslation } from "react-i18next";

export function EmptyState({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
      <p className="font-medium text-slate-900">{t("results.empty")}</p>
      <p className="mt-1 text-sm text-slate-600">{t("results.emptyHint")}</p>
      <button
        type="button"
        onClick={onClear}
        className="mt-4 rounded-md bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900"
      >
        {t("filters.clearAll")}
      </button>
    </div>
  );
}
