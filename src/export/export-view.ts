import type { Alert, Catalog, Language } from "../catalog/schema";
import type { ViewState } from "../url/view-state";

/**
 * Exports of the current view (after search, filters and sort). Severity, tactic and platform
 * values keep the alerts API names, the status is active or deprecated as the release notes say it, so a file lines up with what a SIEM shows; titles,
 * descriptions and column headers are in the current language.
 */

export type ExportFormat = "csv" | "json" | "markdown";

export interface ExportHeaders {
  id: string;
  title: string;
  severity: string;
  tactics: string;
  platforms: string;
  status: string;
  statusSince: string;
  description: string;
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

const CSV_FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when needed, quotes doubled; a leading formula character is defused. */
export function csvField(value: string): string {
  const safe = CSV_FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 with CRLF line breaks, UTF-8 with a BOM so Excel reads accents correctly. */
export function toCsv(alerts: readonly Alert[], language: Language, headers: ExportHeaders): string {
  const lines = [
    [
      headers.id,
      headers.title,
      headers.severity,
      headers.tactics,
      headers.platforms,
      headers.status,
      headers.statusSince,
      headers.description,
    ],
    ...alerts.map((alert) => [
      alert.id,
      alert.title[language],
      alert.severity,
      alert.tactics.join("; "),
      alert.platforms.join("; "),
      alert.status,
      alert.statusSince ?? "",
      alert.description[language],
    ]),
  ];
  return `\uFEFF${lines.map((fields) => fields.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** A Markdown table cell: pipes and backslashes escaped, line breaks folded. */
export function markdownCell(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\s*[\r\n]+\s*/g, " ")
    .trim();
}

/** Inline code that survives backticks inside the value. */
export function markdownCode(value: string): string {
  const longestRun = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = value.startsWith("`") || value.endsWith("`") ? ` ${value} ` : value;
  return `${fence}${padded.replace(/\|/g, "\\|")}${fence}`;
}

export function toMarkdown(alerts: readonly Alert[], language: Language, headers: ExportHeaders): string {
  const head = [
    headers.severity,
    headers.title,
    headers.id,
    headers.tactics,
    headers.platforms,
    headers.status,
  ];
  const rows = alerts.map((alert) => [
    alert.severity,
    markdownCell(alert.title[language]),
    markdownCode(alert.id),
    alert.tactics.join(", "),
    alert.platforms.join(", "),
    alert.statusSince ? `${alert.status} (${alert.statusSince})` : alert.status,
  ]);
  return `${[head.map(markdownCell), head.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n")}\n`;
}

/** The catalog contract, holding only the alerts of the view, in the view's order, and their history. */
export function toJson(catalog: Catalog, alerts: readonly Alert[]): string {
  const ids = new Set(alerts.map((alert) => alert.id));
  const { changes: log, ...rest } = catalog;
  const changes = log.filter((change) => change.ids.some((id) => ids.has(id)));
  // The site's catalog has no log (it is changes.json); the single file's has it all.
  return `${JSON.stringify({ ...rest, alerts, ...(changes.length > 0 ? { changes } : {}) }, null, 2)}\n`;
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
  parts.push(`${count}`);
  const extension = format === "markdown" ? "md" : format;
  return `${parts.join("_")}.${extension}`;
}

export function exportView(
  format: ExportFormat,
  catalog: Catalog,
  alerts: readonly Alert[],
  view: ViewState,
  language: Language,
  headers: ExportHeaders,
): ExportFile {
  const fileName = exportFileName(view, language, alerts.length, format);
  if (format === "csv")
    return { fileName, mimeType: "text/csv;charset=utf-8", content: toCsv(alerts, language, headers) };
  if (format === "json") return { fileName, mimeType: "application/json", content: toJson(catalog, alerts) };
  return {
    fileName,
    mimeType: "text/markdown;charset=utf-8",
    content: toMarkdown(alerts, language, headers),
  };
}
