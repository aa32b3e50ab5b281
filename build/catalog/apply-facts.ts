import type { Change, Erratum, SourceRef } from "../../src/catalog/schema.ts";
import type { Status } from "../../src/catalog/taxonomy.ts";
import {
  type ChangeEntry,
  type ErratumEntry,
  isIsoDay,
  isIsoDayOrMonth,
  type LifecycleEntry,
} from "./facts.ts";
import type { SourceAlert } from "./parse-source.ts";

/**
 * Joins the fact files to the alerts of the French page. Every problem names the file, the entry
 * and what is wrong, so a typo in an ID or a date fails the build instead of going unnoticed.
 */

type Resolve = (id: string, where?: string) => SourceRef | undefined;
type Problems = string[];

export interface Lifecycle {
  status: Status;
  since: string;
  source: SourceRef;
}

const label = (entry: { date: string }, index: number) => `entry ${index + 1} (${entry.date})`;

/** Each alert's latest status; entries are applied in date order. */
export function applyLifecycle(
  alerts: readonly SourceAlert[],
  entries: readonly LifecycleEntry[],
  resolve: Resolve,
  problems: Problems,
): Map<string, Lifecycle> {
  const known = new Set(alerts.map((alert) => alert.id));
  const byAlert = new Map<string, Lifecycle>();
  const valid: { entry: LifecycleEntry; source: SourceRef }[] = [];
  entries.forEach((entry, index) => {
    const where = `lifecycle.json ${label(entry, index)}`;
    let ok = true;
    if (!isIsoDay(entry.date)) {
      problems.push(`${where}: "${entry.date}" is not an ISO date (YYYY-MM-DD)`);
      ok = false;
    }
    for (const id of entry.ids) {
      if (!known.has(id)) {
        problems.push(`${where}: unknown alert ID "${id}"`);
        ok = false;
      }
    }
    if (entry.ids.length === 0) problems.push(`${where}: lists no alert`);
    const source = resolve(entry.source, entry.where);
    if (!source) problems.push(`${where}: unknown source "${entry.source}"`);
    if (ok && source) valid.push({ entry, source });
  });
  for (const { entry, source } of valid.sort((a, b) => a.entry.date.localeCompare(b.entry.date))) {
    for (const id of entry.ids) byAlert.set(id, { status: entry.status, since: entry.date, source });
  }
  return byAlert;
}

/** The errata of each alert, each quote found in that alert's own French text. */
export function applyErrata(
  alerts: readonly SourceAlert[],
  errata: Readonly<Record<string, ErratumEntry[]>>,
  resolve: Resolve,
  problems: Problems,
): Map<string, Erratum[]> {
  const byId = new Map(alerts.map((alert) => [alert.id, alert]));
  const result = new Map<string, Erratum[]>();
  for (const [id, entries] of Object.entries(errata)) {
    const alert = byId.get(id);
    if (!alert) {
      problems.push(`errata.json: unknown alert ID "${id}"`);
      continue;
    }
    entries.forEach((entry, index) => {
      const where = `errata.json ${id} erratum ${index + 1}`;
      const source = resolve(entry.source);
      if (!source) problems.push(`${where}: unknown source "${entry.source}"`);
      if (!alert[entry.field].includes(entry.french)) {
        problems.push(`${where}: the quote is not in the French ${entry.field}: "${entry.french}"`);
      } else if (source) {
        result.set(id, [...(result.get(id) ?? []), { ...entry, source }]);
      }
    });
  }
  return result;
}

/**
 * The catalog's dated events, newest first: the lifecycle's retirements and the other changes.
 * An alert's latest severity change must end at the severity the page gives it today.
 */
export function buildChanges(
  alerts: readonly SourceAlert[],
  lifecycle: readonly LifecycleEntry[],
  changes: readonly ChangeEntry[],
  resolve: Resolve,
  problems: Problems,
): Change[] {
  const byId = new Map(alerts.map((alert) => [alert.id, alert]));
  const events: Change[] = [];
  lifecycle.forEach((entry, index) => {
    const source = resolve(entry.source, entry.where);
    if (!isIsoDay(entry.date) || !source || entry.status !== "deprecated") return;
    const ids = entry.ids.filter((id) => byId.has(id));
    const { title, summary } = entry;
    events.push({
      id: `${entry.date}-retired-${index + 1}`,
      date: entry.date,
      kind: "deprecated",
      ids,
      title,
      summary,
      sources: [source],
    });
  });
  const seen = new Set<string>();
  for (const entry of changes) {
    const where = `changes.json ${entry.id}`;
    let ok = true;
    const fail = (message: string) => {
      problems.push(`${where}: ${message}`);
      ok = false;
    };
    if (seen.has(entry.id)) fail("the ID is used twice");
    seen.add(entry.id);
    if (!isIsoDayOrMonth(entry.date)) fail(`"${entry.date}" is not an ISO date (YYYY-MM-DD or YYYY-MM)`);
    if (entry.notBefore !== undefined && !isIsoDayOrMonth(entry.notBefore))
      fail(`notBefore "${entry.notBefore}" is not an ISO date`);
    else if (entry.notBefore && entry.notBefore > entry.date) fail("notBefore is after the date");
    for (const id of entry.ids) if (!byId.has(id)) fail(`unknown alert ID "${id}"`);
    if (entry.ids.length === 0) fail("lists no alert");
    if (entry.kind === "severity" && !entry.to) fail('a severity change needs "to"');
    const sources = entry.sources.map(({ source, where: at }) => {
      const resolved = resolve(source, at);
      if (!resolved) fail(`unknown source "${source}"`);
      return resolved;
    });
    if (sources.length === 0) fail("names no source");
    if (!ok) continue;
    const { id, date, notBefore, kind, ids, from, to, title, summary } = entry;
    events.push({
      id,
      date,
      ...(notBefore ? { notBefore } : {}),
      kind,
      ids,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      title,
      summary,
      sources: sources as SourceRef[],
    });
  }
  events.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  for (const alert of alerts) {
    const latest = events.find((event) => event.kind === "severity" && event.ids.includes(alert.id));
    if (latest && latest.to !== alert.severity) {
      problems.push(
        `changes.json ${latest.id}: ${alert.id} ends at ${latest.to}, but the page gives it ${alert.severity}`,
      );
    }
  }
  return events;
}
