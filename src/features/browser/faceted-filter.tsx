import { memo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { facetValueLabel, useTaxonomyLabels } from "../../ui/taxonomy-labels";
import { useDraft } from "../../ui/use-draft";
import { toggleValue } from "../../url/view-state";

interface FacetedFilterProps<T extends string> {
  facet: "severity" | "tactic" | "platform" | "status" | "technique";
  values: readonly T[];
  selected: readonly T[];
  counts: Record<T, number>;
  /** A value ticked or unticked, once the facet has painted it (see useDraft). */
  onToggle: (value: T) => void;
  /** A value's label, where it is not the taxonomy's (the techniques). */
  labelOf?: (value: T) => ReactNode;
  /** When a heading around the facet already names it. */
  hideLegend?: boolean;
}

/**
 * One facet: a checkbox per value with the count it would give; values giving none stay visible,
 * disabled. Memoised: a keystroke or a tick elsewhere does not draw it again. It keeps its own
 * ticks: a click draws the facet alone, and the filter (the URL, the chips, the results) follows
 * once it is painted. Drawing the whole browser first put a click's frame at 17–20 ms (p95); 15
 * now, a static page's 15–16 (docs/performance.md).
 */
export const FacetedFilter = memo(function FacetedFilter<T extends string>({
  facet,
  values,
  selected,
  counts,
  onToggle,
  labelOf,
  hideLegend = false,
}: FacetedFilterProps<T>) {
  const { t } = useTranslation();
  const labels = useTaxonomyLabels();
  const { draft, change } = useDraft(selected);
  // The values whose tick differs from the view's, each toggled once the frame is painted.
  const toggle = (value: T) => {
    const next = toggleValue(values, draft, value);
    change(next, () => {
      for (const each of values) if (next.includes(each) !== selected.includes(each)) onToggle(each);
    });
  };
  return (
    <fieldset className="min-w-0" data-facet={facet}>
      <legend
        className={
          hideLegend ? "sr-only" : "mb-1 text-xs font-semibold tracking-wide text-slate-700 uppercase"
        }
      >
        {t(`filters.${facet}`)}
      </legend>
      <ul className="space-y-0.5">
        {values.map((value) => {
          const checked = draft.includes(value);
          const count = counts[value];
          const disabled = count === 0 && !checked;
          const id = `facet-${facet}-${value}`;
          return (
            <li key={value}>
              <label
                htmlFor={id}
                className={`flex items-center gap-2 rounded px-1 py-0.5 text-sm ${
                  disabled ? "text-slate-600" : "cursor-pointer text-slate-900 hover:bg-slate-100"
                }`}
              >
                <input
                  id={id}
                  type="checkbox"
                  checked={checked}
                  disabled={disabled}
                  onChange={() => toggle(value)}
                  data-value={value}
                  className="size-4 accent-blue-800"
                />
                <span className="min-w-0 flex-1 truncate">
                  {labelOf ? labelOf(value) : facetValueLabel(labels, facet, value)}
                </span>
                <span className="text-xs text-slate-600 tabular-nums">{count}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}) as <T extends string>(props: FacetedFilterProps<T>) => ReactNode;
