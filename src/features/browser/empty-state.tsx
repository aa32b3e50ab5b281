import { useTranslation } from "react-i18next";
import { useLaterStrings } from "../../i18n/later-strings";
import { isolate } from "../../ui/bidi";

interface EmptyStateProps {
  /** The search typed, or "" for none. */
  query: string;
  /** Whether a facet value is chosen. */
  filtered: boolean;
  onClearSearch: () => void;
  onClearFilters: () => void;
}

/** Says what found nothing (the search, the filters or both) and offers to clear just that. */
export default function EmptyState({ query, filtered, onClearSearch, onClearFilters }: EmptyStateProps) {
  useLaterStrings();
  const { t } = useTranslation();
  const searched = query.trim() !== "";
  const kind = searched ? (filtered ? "both" : "search") : "filters";
  const button = "rounded-md px-4 py-2 text-sm font-medium";
  return (
    <div
      data-testid="empty-state"
      className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center"
    >
      <p className="font-medium break-words text-slate-900">
        {t(`empty.${kind}`, { query: isolate(query.trim()) })}
      </p>
      <p className="mt-1 text-sm text-slate-600">{t(`empty.hint.${kind}`)}</p>
      <div className="mt-4 flex flex-wrap justify-center gap-2">
        {searched && (
          <button
            type="button"
            onClick={onClearSearch}
            className={`${button} bg-blue-800 text-white hover:bg-blue-900`}
          >
            {t("search.clear")}
          </button>
        )}
        {filtered && (
          <button
            type="button"
            onClick={onClearFilters}
            className={`${button} ${searched ? "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100" : "bg-blue-800 text-white hover:bg-blue-900"}`}
          >
            {t("empty.clearFilters")}
          </button>
        )}
      </div>
    </div>
  );
}
