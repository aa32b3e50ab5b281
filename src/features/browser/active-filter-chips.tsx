import { useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLaterStrings } from "../../i18n/later-strings";
import { type ActiveFilter, activeFilters } from "../../url/active-filters";
import type { ViewState } from "../../url/view-state";

interface ActiveFilterChipsProps {
  view: ViewState;
  onRemove: (filter: ActiveFilter) => void;
  /** Clears every filter; the search stays. */
  onClear: () => void;
}

/** One removable chip per chosen filter value, and "Clear all": nothing when no filter is set. */
export function ActiveFilterChips({ view, onRemove, onClear }: ActiveFilterChipsProps) {
  useLaterStrings();
  const { t } = useTranslation();
  const filters = activeFilters(view);
  const list = useRef<HTMLUListElement>(null);
  // A removed chip takes focus with it: hand it to the chip now in its place, or to the search box.
  const refocus = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (refocus.current === null) return;
    const chips = list.current?.querySelectorAll("button") ?? [];
    (chips[Math.min(refocus.current, chips.length - 1)] ?? document.getElementById("alert-search"))?.focus();
    refocus.current = null;
  });
  if (filters.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-1.5 max-md:order-first max-md:basis-full">
      <ul aria-label={t("activeFilters.active")} ref={list} className="flex flex-wrap gap-1.5">
        {filters.map((filter, index) => {
          const value = filter.facet === "technique" ? filter.value : t(`${filter.facet}.${filter.value}`);
          return (
            <li key={`${filter.facet}:${filter.value}`}>
              <button
                type="button"
                onClick={() => {
                  refocus.current = index;
                  onRemove(filter);
                }}
                aria-label={t("activeFilters.remove", { facet: t(`filters.${filter.facet}`), value })}
                className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-white px-2.5 py-0.5 text-sm text-slate-800 hover:bg-slate-100"
              >
                {value}
                <span aria-hidden="true" className="text-slate-500">
                  ✕
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        onClick={() => {
          refocus.current = 0;
          onClear();
        }}
        className="rounded px-1.5 py-0.5 text-sm font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950"
      >
        {t("filters.clearAll")}
      </button>
    </div>
  );
}
