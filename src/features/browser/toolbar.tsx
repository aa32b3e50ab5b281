import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { Alert, Catalog, Language } from "../../catalog/schema";
import { CopyButton } from "../../ui/copy-button";
import { VIEWS, type ViewState } from "../../url/view-state";
import { ExportMenu } from "../export/export-menu";
import { setQuery } from "./set-query";

interface ToolbarProps {
  catalog: Catalog;
  alerts: readonly Alert[];
  view: ViewState;
  language: Language;
  onViewChange: (view: ViewState["view"]) => void;
  onShortcuts: () => void;
  /** This view's query string, its language included. */
  viewLink: string;
}

/**
 * Table/Matrix switch, exports, the hunting query for the whole result set, the view's link, shortcut
 * help. On a phone the exports and copies wait in the Actions menu (actions-button.tsx).
 */
export const Toolbar = memo(function Toolbar({
  catalog,
  alerts,
  view,
  language,
  onViewChange,
  onShortcuts,
  viewLink,
}: ToolbarProps) {
  const { t } = useTranslation();
  const button = "px-3 py-1 text-sm font-medium";
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 print:hidden nojs:hidden">
      <fieldset className="flex">
        <legend className="sr-only">{t("view.label")}</legend>
        <div className="flex overflow-hidden rounded-md border border-slate-300">
          {VIEWS.map((mode) => (
            <button
              key={mode}
              type="button"
              aria-pressed={view.view === mode}
              onClick={() => view.view !== mode && onViewChange(mode)}
              className={`${button} ${view.view === mode ? "bg-slate-800 text-white" : "bg-white text-slate-800 hover:bg-slate-100"}`}
            >
              {t(`view.${mode}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 max-md:hidden">
        <ExportMenu catalog={catalog} alerts={alerts} view={view} language={language} />
        {alerts.length > 0 && (
          <CopyButton
            text={() => setQuery(alerts, catalog.page.attack?.version)}
            subject={alerts}
            label={t("view.copyKql", { count: alerts.length })}
          />
        )}
        {/* An installed app has no address bar: the link is made on click, from the page's own address. */}
        <CopyButton
          text={() => new URL(viewLink, window.location.href).href}
          subject={viewLink}
          label={t("view.copyLink")}
        />
      </div>
      <button
        type="button"
        onClick={onShortcuts}
        aria-label={t("view.shortcuts")}
        title={t("view.shortcuts")}
        className="ml-auto rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-sm text-slate-800 hover:bg-slate-100"
      >
        ?
      </button>
    </div>
  );
});
