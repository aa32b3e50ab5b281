import type { TFunction } from "i18next";
import { techniqueNames } from "../../catalog/attack";
import type { Catalog, Language } from "../../catalog/schema";
import { PLATFORMS, SEVERITIES, STATUSES, TACTICS } from "../../catalog/taxonomy";
import type { LayerWords } from "../../export/navigator-layer";
import type { ExportLabels, ReportContext } from "../../export/report";
import { serializeViewState, type ViewState } from "../../url/view-state";

const words = <T extends string>(values: readonly T[], word: (value: T) => string) =>
  Object.fromEntries(values.map((value) => [value, word(value)])) as Record<T, string>;

/** The interface language's words for an export's columns and values. */
export function exportLabels(t: TFunction, catalog: Catalog): ExportLabels {
  return {
    columns: {
      id: t("columns.id"),
      title: t("columns.title"),
      severity: t("columns.severity"),
      severityApi: t("report.severityApi"),
      tactics: t("columns.tactics"),
      tacticsApi: t("report.tacticsApi"),
      techniques: t("detail.techniques"),
      platforms: t("columns.platforms"),
      status: t("report.status"),
      statusApi: t("report.statusApi"),
      statusSince: t("report.statusSince"),
      description: t("detail.description"),
    },
    severity: words(SEVERITIES, (value) => t(`severity.${value}`)),
    tactic: words(TACTICS, (value) => t(`tactic.${value}`)),
    platform: words(PLATFORMS, (value) => t(`platform.${value}`)),
    status: words(STATUSES, (value) => t(`status.${value}`)),
    noTactic: t("tactic.none"),
    noPlatform: t("platform.none"),
    techniqueNames: techniqueNames(catalog),
    noTechnique: t("techniques.none"),
  };
}

/** The sentences above a Markdown export, and the link to the view, language included. */
export function reportContext(
  t: TFunction,
  catalog: Catalog,
  count: number,
  view: ViewState,
  language: Language,
): ReportContext {
  const date = new Intl.DateTimeFormat(language, { dateStyle: "long", timeStyle: "short" }).format(
    new Date(),
  );
  const search = serializeViewState({ ...view, lang: language });
  return {
    title: t("app.tagline"),
    filters: (summary) => t("report.filters", { summary }),
    noFilter: t("print.none"),
    search: (query) => t("report.search", { query }),
    facet: (facet, values) => t("report.facet", { name: t(`filters.${facet}`), values }),
    count: t("results.count", { count, total: catalog.alerts.length }),
    exportedOn: t("report.exportedOn", { date }),
    source: (link) => t("report.source", { link }),
    view: (link) => t("report.view", { link }),
    viewUrl: new URL(`${window.location.pathname}${search}`, window.location.href).href,
  };
}

/** The layer's name and words; its description says what the view holds and whose mapping it is. */
export function layerWords(t: TFunction, catalog: Catalog, count: number, filters: string): LayerWords {
  return {
    name: t("navigator.name"),
    description: t("navigator.description", {
      count: t("results.count", { count, total: catalog.alerts.length }),
      filters,
      version: catalog.page.attack?.version ?? "",
    }),
    alerts: (n) => t("filters.count", { count: n }),
    mapping: { name: t("navigator.mappingName"), value: t("navigator.mappingValue") },
    viewLabel: t("navigator.view"),
  };
}

/** The address of an alert in the view, language included, as a link a colleague can open. */
export function alertUrlIn(view: ViewState, language: Language) {
  return (id: string) =>
    new URL(
      `${window.location.pathname}${serializeViewState({ ...view, lang: language, alert: id })}`,
      window.location.href,
    ).href;
}
