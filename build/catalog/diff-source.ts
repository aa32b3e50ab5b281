import type { ParsedSource, SourceAlert } from "./parse-source.ts";

/**
 * What changed between two versions of the French page, alert by alert and field by field, as
 * plain text to paste into a commit message. Alerts are matched by ID; order changes are ignored.
 */

export type DiffField = "title" | "severity" | "tactics" | "platforms" | "description";
const FIELDS: DiffField[] = ["title", "severity", "tactics", "platforms", "description"];

export interface FieldChange {
  field: DiffField;
  from: string;
  to: string;
}

export interface SourceDiff {
  added: SourceAlert[];
  removed: SourceAlert[];
  changed: { id: string; changes: FieldChange[] }[];
  notesChanged: boolean;
  before: number;
  after: number;
}

const show = (alert: SourceAlert, field: DiffField): string => {
  if (field === "tactics" || field === "platforms") return alert[field].join(", ") || "-";
  return alert[field];
};

export function diffSources(before: ParsedSource, after: ParsedSource): SourceDiff {
  const old = new Map(before.alerts.map((alert) => [alert.id, alert]));
  const current = new Map(after.alerts.map((alert) => [alert.id, alert]));
  const changed: SourceDiff["changed"] = [];
  for (const alert of after.alerts) {
    const previous = old.get(alert.id);
    if (!previous) continue;
    const changes = FIELDS.flatMap((field) => {
      const from = show(previous, field);
      const to = show(alert, field);
      return from === to ? [] : [{ field, from, to }];
    });
    if (changes.length > 0) changed.push({ id: alert.id, changes });
  }
  const noteTexts = (source: ParsedSource) =>
    source.notes.map((note) => `${note.kind}:${note.text}`).join("\n");
  return {
    added: after.alerts.filter((alert) => !old.has(alert.id)),
    removed: before.alerts.filter((alert) => !current.has(alert.id)),
    changed,
    notesChanged: before.title !== after.title || noteTexts(before) !== noteTexts(after),
    before: before.alerts.length,
    after: after.alerts.length,
  };
}

const summary = (alert: SourceAlert) =>
  `« ${alert.title} » (${alert.severity}; ${show(alert, "tactics")}; ${show(alert, "platforms")})`;

/** Long texts are shortened around the first place they differ, so the change can be seen. */
function around(from: string, to: string): [string, string] {
  if (from.length <= 100 && to.length <= 100) return [from, to];
  let start = 0;
  while (start < from.length && from[start] === to[start]) start++;
  const cut = (text: string) => {
    const begin = Math.max(0, start - 40);
    return `${begin > 0 ? "…" : ""}${text.slice(begin, begin + 100)}${begin + 100 < text.length ? "…" : ""}`;
  };
  return [cut(from), cut(to)];
}

export function formatDiff(diff: SourceDiff): string {
  const { added, removed, changed } = diff;
  const lines = [
    `French page update: ${added.length} added, ${removed.length} removed, ${changed.length} changed (${diff.before} → ${diff.after} alerts)`,
  ];
  if (added.length > 0) lines.push("", "Added:", ...added.map((alert) => `- ${alert.id}: ${summary(alert)}`));
  if (removed.length > 0)
    lines.push("", "Removed:", ...removed.map((alert) => `- ${alert.id}: ${summary(alert)}`));
  if (changed.length > 0) {
    lines.push("", "Changed:");
    for (const { id, changes } of changed) {
      lines.push(`- ${id}`);
      for (const { field, from, to } of changes) {
        const [a, b] = field === "description" || field === "title" ? around(from, to) : [from, to];
        lines.push(
          field === "description" || field === "title"
            ? `  - ${field}: « ${a} » → « ${b} »`
            : `  - ${field}: ${a} → ${b}`,
        );
      }
    }
  }
  if (diff.notesChanged) lines.push("", "The page's title or notes changed too.");
  if (added.length + removed.length + changed.length === 0 && !diff.notesChanged)
    lines.push("", "No change.");
  return `${lines.join("\n")}\n`;
}
