import { useTranslation } from "react-i18next";
import type { Alert, Catalog, Erratum, Language } from "../../catalog/schema";
import { useLaterStrings } from "../../i18n/later-strings";
import { isolate } from "../../ui/bidi";
import { serializeViewState, type ViewState } from "../../url/view-state";
import CoverageMatrix from "../matrix/coverage-matrix";
import { PrintFooter } from "./print-footer";
import { PrintedAlert, PrintedSummary } from "./printed-alert";

export interface PrintViewProps {
  catalog: Catalog;
  /** The current results, filtered and sorted as on screen. */
  alerts: readonly Alert[];
  /** The open alert, if any: then it alone is printed. */
  selected: Alert | null;
  /** The published page's errata of an alert (see usePageNotes). */
  errataOf: (alert: Alert) => readonly Erratum[];
  view: ViewState;
  language: Language;
}

const FACETS = ["severity", "tactic", "platform", "status"] as const;
const noop = () => {};

/**
 * What is on screen, as a document: the open alert with its queries, else the matrix, else the
 * list under its filters; then the view's address, the source and the dates.
 */
export function PrintView({ catalog, alerts, selected, errataOf, view, language }: PrintViewProps) {
  useLaterStrings();
  const { t } = useTranslation();
  const q = view.q.trim();
  // Each facet's values are labelled under the facet's own key: severity.High, status.deprecated…
  const filters = [
    ...(q ? [t("report.search", { query: isolate(q) })] : []),
    ...FACETS.filter((facet) => view[facet].length > 0).map((facet) =>
      t("print.field", {
        name: t(`filters.${facet}`),
        value: view[facet].map((value) => t(`${facet}.${value}`)).join(", "),
      }),
    ),
    ...(view.technique.length > 0
      ? [t("print.field", { name: t("filters.technique"), value: view.technique.join(", ") })]
      : []),
  ];
  const search = serializeViewState({ ...view, lang: language });
  const viewUrl = new URL(`${window.location.pathname}${search}`, window.location.href).href;
  return (
    <div className="hidden bg-white p-4 break-words text-black print:block" data-testid="print-view">
      {selected ? (
        <PrintedAlert
          alert={selected}
          errata={errataOf(selected)}
          language={language}
          bilingual={view.bilingual}
        />
      ) : (
        <>
          <header className="border-b border-black pb-2">
            <h1 className="text-xl font-bold">{t("app.name")}</h1>
            <p className="text-sm" data-testid="print-filters">
              {t("report.filters", { summary: filters.length > 0 ? filters.join(" · ") : t("print.none") })}
            </p>
            <p className="text-sm">
              {t("results.count", { count: alerts.length, total: catalog.alerts.length })}
            </p>
          </header>
          {view.view === "matrix" ? (
            // The shading is the matrix's point, and white figures need it: kept on paper.
            <div className="mt-4" style={{ printColorAdjust: "exact" }}>
              <CoverageMatrix alerts={alerts} onSelect={noop} />
            </div>
          ) : (
            alerts.map((alert) => <PrintedSummary key={alert.id} alert={alert} language={language} />)
          )}
        </>
      )}
      <PrintFooter catalog={catalog} viewUrl={viewUrl} language={language} />
    </div>
  );
}
