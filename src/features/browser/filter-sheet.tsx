import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useLaterStrings } from "../../i18n/later-strings";
import { ModalDialog } from "../../ui/modal-dialog";
import { activeFilters } from "../../url/active-filters";
import { FilterPanel, type FilterPanelProps } from "./filter-panel";

interface FilterSheetProps extends FilterPanelProps {
  /** How many alerts the filters give: the close button names it. */
  count: number;
  onClear: () => void;
  onClose: () => void;
}

/** The filters on a phone: a modal sheet whose button shows the results it will leave. */
export default function FilterSheet({
  selected,
  counts,
  onToggle,
  techniques,
  count,
  onClear,
  onClose,
}: FilterSheetProps) {
  useLaterStrings();
  const { t } = useTranslation();
  // Widened past the phone layout, the sidebar shows the filters: the sheet gives way to it.
  useEffect(() => {
    const wide = window.matchMedia("(min-width: 48rem)");
    const onChange = () => wide.matches && onClose();
    wide.addEventListener("change", onChange);
    return () => wide.removeEventListener("change", onChange);
  }, [onClose]);
  return (
    <ModalDialog
      sheet
      title={t("filters.title")}
      closeLabel={t("activeFilters.show", { count })}
      onClose={onClose}
      actions={
        <button
          type="button"
          onClick={onClear}
          disabled={activeFilters(selected).length === 0}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-50"
        >
          {t("filters.clearAll")}
        </button>
      }
    >
      <div className="mt-3">
        <FilterPanel selected={selected} counts={counts} onToggle={onToggle} techniques={techniques} />
      </div>
    </ModalDialog>
  );
}
