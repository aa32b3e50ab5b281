import { memo, useState } from "react";
import { useTranslation } from "react-i18next";
import { FacetedFilter } from "./faceted-filter";

interface TechniqueFilterProps {
  names: ReadonlyMap<string, string>;
  selected: readonly string[];
  counts: Record<string, number>;
  onToggle: (id: string) => void;
  columnShown: boolean;
  onColumnShownChange: (shown: boolean) => void;
}

/**
 * The ATT&CK technique facet, folded away until wanted (a long list, and our mapping rather than
 * Microsoft's, which its title says), with the switch for the techniques column. Its content is
 * drawn when first opened: folded, it was a kilobyte of the prerendered page (gzip), enough for the
 * page to need a second round trip on a slow network.
 */
export const TechniqueFilter = memo(function TechniqueFilter({
  names,
  selected,
  counts,
  onToggle,
  columnShown,
  onColumnShownChange,
}: TechniqueFilterProps) {
  const { t } = useTranslation();
  const wanted = selected.length > 0 || columnShown;
  const [opened, setOpened] = useState(wanted);
  if (names.size === 0) return null;
  return (
    <details
      open={wanted}
      onToggle={(event) => event.currentTarget.open && setOpened(true)}
      className="group"
    >
      <summary className="cursor-pointer rounded px-1 py-0.5 text-xs font-semibold tracking-wide text-slate-700 uppercase hover:bg-slate-100">
        {t("filters.technique")}
        {selected.length > 0 && ` (${selected.length})`}
      </summary>
      {(opened || wanted) && (
        <>
          <p className="mt-1 mb-2 px-1 text-xs text-slate-600">{t("filters.techniqueNote")}</p>
          <label className="mb-2 flex cursor-pointer items-center gap-2 px-1 text-sm text-slate-900">
            <input
              type="checkbox"
              checked={columnShown}
              onChange={(event) => onColumnShownChange(event.target.checked)}
              className="size-4 accent-blue-800"
            />
            {t("filters.techniqueColumn")}
          </label>
          <FacetedFilter
            facet="technique"
            values={[...names.keys()]}
            selected={selected}
            counts={counts}
            onToggle={onToggle}
            hideLegend
            labelOf={(id) => (
              <>
                <span className="font-mono text-xs">{id}</span> {names.get(id)}
              </>
            )}
          />
        </>
      )}
    </details>
  );
});
