import type { Alert, Catalog, Language } from "../catalog/schema";
import type { Platform, Severity, Status, Tactic } from "../catalog/taxonomy";
import type { ViewState } from "../url/view-state";
import { type CsvSeparator, toCsvText } from "./csv";
import { markdownAround, markdownCode, markdownTable, markdownText, markdownUrl } from "./markdown";

/**
 * The CSV and Markdown exports: one table, the same columns in the same order in both. Values are
 * in the interface language, and the alerts API names sit in columns of their own, so a file reads
 * well in a report and still joins with what a SIEM holds.
 */
export const EXPORT_COLUMNS = [
  "id",
  "title",
  "severity",
  "severityApi",
  "tactics",
  "tacticsApi",
  "techniques",
  "platforms",
  "status",
  "statusApi",
  "statusSince",
  "description",
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Words of the interface language, supplied by the caller (the domain has no i18n). */
export interface ExportLabels {
  columns: Record<ExportColumn, string>;
  severity: Record<Severity, string>;
  tactic: Record<Tactic, string>;
  platform: Record<Platform, string>;
  status: Record<Status, string>;
  noTactic: string;
  noPlatform: string;
  /** MITRE's names of the techniques of our mapping, by ID; the words for an alert with none. */
  techniqueNames: ReadonlyMap<string, string>;
  noTechnique: string;
}

export type FacetName = "severity" | "tactic" | "platform" | "status" | "technique";

/** What the Markdown file says above its table: sentences of the interface language, from the caller. */
export interface ReportContext {
  title: string;
  /** "Filters: {summary}", the words for an unfiltered view, "Search: “{query}”", "Severity: {values}". */
  filters: (summary: string) => string;
  noFilter: string;
  search: (query: string) => string;
  facet: (facet: FacetName, values: string) => string;
  /** "12 of 40 alerts", "Exported on 28 November 2026, 14:32". */
  count: string;
  exportedOn: string;
  /** "Source: {link}", "This view: {link}": the link goes in the slot. */
  source: (link: string) => string;
  view: (link: string) => string;
  viewUrl: string;
}

const list = (values: readonly string[], none = "") => (values.length > 0 ? values.join(", ") : none);

/** The header and one record per alert, in EXPORT_COLUMNS order. */
export function reportRecords(
  alerts: readonly Alert[],
  language: Language,
  labels: ExportLabels,
): string[][] {
  const cells = (alert: Alert): Record<ExportColumn, string> => ({
    id: alert.id,
    title: alert.title[language],
    severity: labels.severity[alert.severity],
    severityApi: alert.severity,
    tactics: list(
      alert.tactics.map((tactic) => labels.tactic[tactic]),
      labels.noTactic,
    ),
    tacticsApi: list(alert.tactics),
    techniques: list(
      alert.techniques.map(({ id }) => `${id} ${labels.techniqueNames.get(id) ?? ""}`.trim()),
      labels.noTechnique,
    ),
    platforms: list(
      alert.platforms.map((platform) => labels.platform[platform]),
      labels.noPlatform,
    ),
    status: labels.status[alert.status],
    statusApi: alert.status,
    statusSince: alert.statusSince ?? "",
    description: alert.description[language],
  });
  return [
    EXPORT_COLUMNS.map((column) => labels.columns[column]),
    ...alerts.map((alert) => {
      const row = cells(alert);
      return EXPORT_COLUMNS.map((column) => row[column]);
    }),
  ];
}

export function toCsv(
  alerts: readonly Alert[],
  language: Language,
  labels: ExportLabels,
  separator: CsvSeparator,
): string {
  return toCsvText(reportRecords(alerts, language, labels), separator);
}

/** The filters of a view in words: "Search: “curl” · Severity: High, Medium", or the unfiltered words. */
export function describeFilters(view: ViewState, labels: ExportLabels, context: ReportContext): string {
  const facets: [FacetName, string[]][] = [
    ["severity", view.severity.map((value) => labels.severity[value])],
    ["tactic", view.tactic.map((value) => labels.tactic[value])],
    ["platform", view.platform.map((value) => labels.platform[value])],
    ["status", view.status.map((value) => labels.status[value])],
    ["technique", [...view.technique]],
  ];
  const parts = [
    ...(view.q.trim() ? [context.search(view.q.trim())] : []),
    ...facets
      .filter(([, values]) => values.length > 0)
      .map(([facet, values]) => context.facet(facet, list(values))),
  ];
  return parts.length > 0 ? parts.join(" · ") : context.noFilter;
}

/** A titled document: what was exported (filters, count, date, source, a link to the view), then the table. */
export function toMarkdown(
  catalog: Catalog,
  alerts: readonly Alert[],
  view: ViewState,
  language: Language,
  labels: ExportLabels,
  context: ReportContext,
): string {
  const source =
    catalog.page.sources.find((candidate) => candidate.id === "french-page") ?? catalog.page.sources[0];
  const facts = [
    markdownText(context.filters(describeFilters(view, labels, context))),
    markdownText(context.count),
    markdownText(context.exportedOn),
    source && markdownAround(context.source, `[${markdownText(source.title)}](${markdownUrl(source.url)})`),
    markdownAround(context.view, markdownUrl(context.viewUrl)),
  ].filter(Boolean);
  const [head = [], ...rows] = reportRecords(alerts, language, labels);
  const cell = (value: string, index: number) =>
    EXPORT_COLUMNS[index] === "id" ? markdownCode(value) : markdownText(value);
  const table = markdownTable(
    head.map(markdownText),
    rows.map((row) => row.map(cell)),
  );
  return `# ${markdownText(context.title)}\n\n${facts.map((fact) => `- ${fact}`).join("\n")}\n\n${table}\n`;
}
