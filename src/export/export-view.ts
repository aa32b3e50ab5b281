import { titleRanksOf } from "../catalog/compare";
import type { Alert, Catalog, Language } from "../catalog/schema";
import type { ViewState } from "../url/view-state";
import type { CsvSeparator } from "./csv";
import { type LayerWords, navigatorLayer } from "./navigator-layer";
import { type ExportLabels, type ReportContext, toCsv, toMarkdown } from "./report";

/**
 * Exports of the current view (after search, filters and sort): CSV and Markdown as a report in the
 * interface language (see report.ts), JSON in the catalog's own format.
 */

export type ExportFormat = "csv" | "json" | "markdown" | "navigator";

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/**
 * The catalog contract, holding only the alerts of the view, in the view's order, and their history
 * (and title ranks worked out for them).
 */
export function toJson(catalog: Catalog, alerts: readonly Alert[]): string {
  const ids = new Set(alerts.map((alert) => alert.id));
  const { changes: log, ...rest } = catalog;
  const changes = log.filter((change) => change.ids.some((id) => ids.has(id)));
  // The site's catalog has no log (it is changes.json); the single file's has it all.
  const titleRanks = rest.titleRanks ? { titleRanks: titleRanksOf(alerts) } : {};
  const exported = { ...rest, alerts, ...titleRanks, ...(changes.length > 0 ? { changes } : {}) };
  return `${JSON.stringify(exported, null, 2)}\n`;
}

/** Says what the file holds: language, filters, search and count, e.g. alerts_en_severity-High_12.csv */
export function exportFileName(
  view: ViewState,
  language: Language,
  count: number,
  format: ExportFormat,
): string {
  const parts = ["appservice-alerts", language];
  if (view.severity.length > 0) parts.push(`severity-${view.severity.join("-")}`);
  if (view.tactic.length > 0) parts.push(`tactic-${view.tactic.join("-")}`);
  if (view.platform.length > 0) parts.push(`platform-${view.platform.join("-")}`);
  if (view.status.length > 0) parts.push(`status-${view.status.join("-")}`);
  const query = view.q
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  if (query) parts.push(`q-${query}`);
  if (view.technique.length > 0) parts.push(`technique-${view.technique.join("-")}`);
  parts.push(`${count}`);
  if (format === "navigator") parts.push("attack-layer");
  const extension = format === "markdown" ? "md" : format === "navigator" ? "json" : format;
  return `${parts.join("_")}.${extension}`;
}

export interface ExportRequest {
  catalog: Catalog;
  alerts: readonly Alert[];
  view: ViewState;
  language: Language;
  labels: ExportLabels;
  context: ReportContext;
  separator: CsvSeparator;
  layerWords: LayerWords;
  /** The address of one alert in this view, for the layer's links back. */
  alertUrl: (id: string) => string;
}

export function exportView(format: ExportFormat, request: ExportRequest): ExportFile {
  const { catalog, alerts, view, language, labels, context, separator } = request;
  const fileName = exportFileName(view, language, alerts.length, format);
  if (format === "csv")
    return {
      fileName,
      mimeType: "text/csv;charset=utf-8",
      content: toCsv(alerts, language, labels, separator),
    };
  if (format === "json") return { fileName, mimeType: "application/json", content: toJson(catalog, alerts) };
  if (format === "navigator") {
    const { attack } = catalog.page;
    if (!attack) throw new Error("This catalog has no ATT&CK mapping");
    const urls = { view: context.viewUrl, alert: request.alertUrl };
    const layer = navigatorLayer(alerts, attack, language, request.layerWords, urls);
    return { fileName, mimeType: "application/json", content: `${JSON.stringify(layer, null, 2)}\n` };
  }
  return {
    fileName,
    mimeType: "text/markdown;charset=utf-8",
    content: toMarkdown(catalog, alerts, view, language, labels, context),
  };
}
