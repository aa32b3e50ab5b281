/**
 * Hunting queries an analyst pastes into Microsoft Sentinel / Log Analytics (KQL over the
 * SecurityAlert table) or Azure Resource Graph (the securityresources table). Alert IDs are data:
 * every one goes into a KQL string literal through kqlString, whatever characters it holds.
 */

/** A KQL double-quoted string literal: backslash and double quote escaped, controls as \n, \t, \uXXXX. */
export function kqlString(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0) as number;
    if (char === "\\" || char === '"') out += `\\${char}`;
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += char;
  }
  return `${out}"`;
}

export const DEFAULT_LOOKBACK_DAYS = 30;

const SENTINEL_COLUMNS = [
  "TimeGenerated",
  "AlertName",
  "AlertSeverity",
  "AlertType",
  "CompromisedEntity",
  "Tactics",
  "Techniques",
  "Description",
  "RemediationSteps",
  "ResourceId",
  "AlertLink",
  "SystemAlertId",
];

function alertTypeFilter(column: string, ids: readonly string[]): string {
  if (ids.length === 1) return `${column} == ${kqlString(ids[0] as string)}`;
  return `${column} in (${ids.map(kqlString).join(", ")})`;
}

/** An alert Microsoft no longer raises, and the day it stopped. */
export interface RetiredAlert {
  id: string;
  since: string;
}

/**
 * KQL comments that say which alert types are retired: a query for them still finds older
 * records, but nothing newer than the retirement date. IDs are data: a line break cannot end the comment.
 */
function retiredComments(retired: readonly RetiredAlert[]): string[] {
  return retired.map(
    ({ id, since }) =>
      `// ${id.replace(/[\r\n\u2028\u2029]/g, " ")}: retired by Microsoft on ${since}; it has not been raised since that date.`,
  );
}

/** The retired alerts among these, with their dates. */
export const retiredAmong = (
  alerts: readonly { id: string; status: string; statusSince?: string | undefined }[],
): RetiredAlert[] =>
  alerts.flatMap((alert) =>
    alert.status === "deprecated" && alert.statusSince ? [{ id: alert.id, since: alert.statusSince }] : [],
  );

/** Our ATT&CK mapping of some alert types, for a query to add beside Microsoft's own columns. */
export interface TechniqueMapping {
  version: string;
  /** Alert type → our technique IDs; types without one are left out. */
  byType: readonly (readonly [string, readonly string[]])[];
}

/** A `let` with our mapping as a table, and the comment that says whose it is. */
function mappingTable({ version, byType }: TechniqueMapping): string[] {
  const rows = byType.map(([id, techniques]) => `    ${kqlString(id)}, ${kqlString(techniques.join(", "))}`);
  return [
    `// OurTechniques: our ATT&CK ${version.replace(/[\r\n\u2028\u2029]/g, " ")} mapping of each alert type, not Microsoft's.`,
    "let OurMapping = datatable(AlertType: string, OurTechniques: string) [",
    rows.join(",\n"),
    "];",
  ];
}

/**
 * Microsoft Sentinel / Log Analytics: the alerts of these types over the last days; with a
 * mapping, each row gains our techniques (OurTechniques) beside Microsoft's Techniques column.
 */
export function sentinelQuery(
  ids: readonly string[],
  days = DEFAULT_LOOKBACK_DAYS,
  retired: readonly RetiredAlert[] = [],
  mapping?: TechniqueMapping,
): string {
  if (ids.length === 0) throw new Error("a query needs at least one alert type");
  const mapped = mapping && mapping.byType.length > 0 ? mapping : undefined;
  const columns = mapped
    ? SENTINEL_COLUMNS.flatMap((column) => (column === "Techniques" ? [column, "OurTechniques"] : [column]))
    : SENTINEL_COLUMNS;
  return [
    ...retiredComments(retired),
    ...(mapped ? mappingTable(mapped) : []),
    "SecurityAlert",
    `| where TimeGenerated > ago(${days}d)`,
    `| where ${alertTypeFilter("AlertType", ids)}`,
    // Defender re-sends an alert as its status changes: keep the latest record of each.
    "| summarize arg_max(TimeGenerated, *) by SystemAlertId",
    ...(mapped ? ["| lookup kind=leftouter OurMapping on AlertType"] : []),
    `| project ${columns.join(", ")}`,
    "| order by TimeGenerated desc",
  ].join("\n");
}

/** Our mapping of these alerts, as sentinelQuery takes it; undefined when the catalog has none. */
export function techniqueMappingOf(
  alerts: readonly { id: string; techniques: readonly { id: string }[] }[],
  version: string | undefined,
): TechniqueMapping | undefined {
  if (!version) return undefined;
  return {
    version,
    byType: alerts.flatMap((alert) =>
      alert.techniques.length > 0
        ? [[alert.id, alert.techniques.map((technique) => technique.id)] as const]
        : [],
    ),
  };
}

/**
 * Azure Resource Graph: current Defender for Cloud alerts of these types. Microsoft's samples
 * spell the property AlertType, the REST API alertType; coalesce reads whichever is there.
 */
export function resourceGraphQuery(ids: readonly string[], retired: readonly RetiredAlert[] = []): string {
  if (ids.length === 0) throw new Error("a query needs at least one alert type");
  return [
    ...retiredComments(retired),
    "securityresources",
    '| where type =~ "microsoft.security/locations/alerts"',
    "| extend alertType = tostring(coalesce(properties.alertType, properties.AlertType))",
    `| where ${alertTypeFilter("alertType", ids)}`,
    "| extend severity = tostring(coalesce(properties.severity, properties.Severity)),",
    "    status = tostring(coalesce(properties.status, properties.Status)),",
    "    displayName = tostring(coalesce(properties.alertDisplayName, properties.AlertDisplayName)),",
    "    compromisedEntity = tostring(coalesce(properties.compromisedEntity, properties.CompromisedEntity)),",
    "    startTime = todatetime(coalesce(properties.startTimeUtc, properties.StartTimeUtc))",
    "| project startTime, alertType, displayName, severity, status, compromisedEntity, subscriptionId, resourceGroup, id",
    "| order by startTime desc",
  ].join("\n");
}
