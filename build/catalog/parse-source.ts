import {
  byKillChain,
  foldWord,
  PLATFORMS,
  type Platform,
  platformFromFrench,
  type Severity,
  severityFromFrench,
  type Tactic,
  tacticFromFrench,
} from "../../src/catalog/taxonomy.ts";

/**
 * Turns the published French page (plain text, one paragraph a line) into alerts and page notes.
 * Every non-empty line is accounted for: it is the page title, a note, or a line of an alert
 * block; anything else is an error that names the line.
 */

export type NoteKind = "paragraph" | "heading" | "callout";

export interface SourceNote {
  kind: NoteKind;
  text: string;
  line: number;
}

export interface SourceAlert {
  id: string;
  line: number;
  title: string;
  description: string;
  severity: Severity;
  tactics: Tactic[];
  platforms: Platform[];
}

export interface ParsedSource {
  title: string;
  notes: SourceNote[];
  alerts: SourceAlert[];
}

export interface SourceIssue {
  line: number;
  message: string;
  text: string;
}

export class SourceError extends Error {
  readonly issues: SourceIssue[];
  constructor(issues: SourceIssue[]) {
    super(
      `The catalog source has ${issues.length} problem(s):\n${issues
        .map((issue) => `  line ${issue.line}: ${issue.message}: ${JSON.stringify(issue.text)}`)
        .join("\n")}`,
    );
    this.name = "SourceError";
    this.issues = issues;
  }
}

interface Line {
  number: number;
  text: string;
}

const ID_LINE = /^\(([^()]+)\)$/;
/** Callout labels as the French pages print them ("Notes" is how they render a single note). */
const CALLOUT_LABELS = new Set([
  "remarque",
  "notes",
  "note",
  "important",
  "conseil",
  "avertissement",
  "attention",
]);
const FIELDS = {
  description: /^description\s*:\s*/i,
  tactics: /^tactiques mitre\s*:\s*/i,
  severity: /^gravite\s*:\s*/i,
} as const;
type Field = keyof typeof FIELDS;
const FIELD_LABELS: Record<Field, string> = {
  description: "Description",
  tactics: "Tactiques MITRE",
  severity: "Gravité",
};
const APPLIES_TO = /\s*\(S[’']applique à\s*:\s*([^()]*)\)\s*$/u;

function fieldOf(text: string): { field: Field; value: string } | undefined {
  const folded = foldWord(text);
  for (const field of Object.keys(FIELDS) as Field[]) {
    const match = FIELDS[field].exec(folded);
    if (match) {
      return { field, value: text.slice(text.indexOf(":") + 1).trim() };
    }
  }
  return undefined;
}

export function parseCatalogSource(source: string): ParsedSource {
  const lines: Line[] = source
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\n|\r/)
    .map((text, index) => ({ number: index + 1, text: text.replace(/\u00A0/g, " ").trim() }))
    .filter((line) => line.text !== "");
  const issues: SourceIssue[] = [];
  const fail = (line: Line, message: string) => issues.push({ line: line.number, message, text: line.text });

  const blockStarts = lines.flatMap((line, index) =>
    index > 0 && ID_LINE.test(line.text) ? [index - 1] : [],
  );
  const firstBlock = blockStarts[0] ?? lines.length;
  const [titleLine, ...preamble] = lines.slice(0, firstBlock);
  if (!titleLine) throw new SourceError([{ line: 1, message: "the source is empty", text: "" }]);
  if (blockStarts.length === 0)
    fail(titleLine, "no alert block found (a title line followed by a line like (ALERT_ID))");

  const notes = parseNotes(preamble, fail);
  const alerts: SourceAlert[] = [];
  const seen = new Map<string, number>();
  blockStarts.forEach((start, blockIndex) => {
    const end = blockStarts[blockIndex + 1] ?? lines.length;
    const isLast = blockIndex === blockStarts.length - 1;
    const { alert, rest } = parseBlock(lines.slice(start, end), isLast, fail);
    if (alert) {
      const previous = seen.get(alert.id);
      if (previous !== undefined) {
        fail(lines[start + 1] as Line, `duplicate alert ID (first seen on line ${previous})`);
      } else {
        seen.set(alert.id, alert.line);
        alerts.push(alert);
      }
    }
    notes.push(...parseNotes(rest, fail));
  });

  if (issues.length > 0) throw new SourceError(issues);
  return { title: titleLine.text, notes, alerts };
}

function parseNotes(lines: Line[], fail: (line: Line, message: string) => void): SourceNote[] {
  const notes: SourceNote[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (fieldOf(line.text)) {
      fail(line, "alert field outside an alert block");
    } else if (CALLOUT_LABELS.has(foldWord(line.text))) {
      const body = lines[index + 1];
      if (!body || CALLOUT_LABELS.has(foldWord(body.text)) || fieldOf(body.text)) {
        fail(line, "note label with no text after it");
      } else {
        notes.push({ kind: "callout", text: body.text, line: body.number });
        index++;
      }
    } else {
      // Headings are the only page lines that do not end like a sentence.
      const kind: NoteKind = /[.!?:…)»]$/.test(line.text) ? "paragraph" : "heading";
      notes.push({ kind, text: line.text, line: line.number });
    }
  }
  return notes;
}

function parseBlock(
  block: Line[],
  isLast: boolean,
  fail: (line: Line, message: string) => void,
): { alert?: SourceAlert; rest: Line[] } {
  const [titleLine, idLine, ...body] = block as [Line, Line, ...Line[]];
  const id = (ID_LINE.exec(idLine.text)?.[1] ?? "").trim();
  let ok = true;
  const bad = (line: Line, message: string) => {
    ok = false;
    fail(line, message);
  };
  if (id === "") bad(idLine, "empty alert ID");
  if (fieldOf(titleLine.text)) bad(titleLine, "an alert must start with its title, not a field");

  const values: Partial<Record<Field, { line: Line; value: string }>> = {};
  let rest: Line[] = [];
  for (let index = 0; index < body.length; index++) {
    const line = body[index] as Line;
    const field = fieldOf(line.text);
    if (field) {
      if (values[field.field]) bad(line, `repeated field "${FIELD_LABELS[field.field]}" in alert ${id}`);
      else values[field.field] = { line, value: field.value };
    } else if (isLast && values.severity) {
      rest = body.slice(index); // trailing page notes after the last alert
      break;
    } else {
      bad(line, `line belongs to no field of alert ${id} (expected Description, Tactiques MITRE or Gravité)`);
    }
  }
  for (const field of Object.keys(FIELDS) as Field[]) {
    if (!values[field]) bad(idLine, `alert ${id} has no "${FIELD_LABELS[field]}" line`);
  }
  const { description, tactics, severity } = values;
  if (!ok || !description || !tactics || !severity) return { rest };

  const appliesTo = APPLIES_TO.exec(description.value);
  const text = appliesTo ? description.value.slice(0, appliesTo.index).trim() : description.value;
  if (text === "") bad(description.line, `empty description for alert ${id}`);

  const platforms: Platform[] = [];
  const appliesToParts = (appliesTo?.[1] ?? "")
    .split(/\s+et\s+|\s*,\s*/)
    .filter((part) => part.trim() !== "");
  for (const part of appliesToParts) {
    const name = part.replace(/^App Service sur\s+/i, "").trim();
    const platform = platformFromFrench(name);
    if (platform) {
      if (!platforms.includes(platform)) platforms.push(platform);
    } else bad(description.line, `unknown platform "${part.trim()}"`);
  }

  const tacticList: Tactic[] = [];
  if (!/^[-–—]?$/.test(tactics.value)) {
    for (const word of tactics.value.split(",")) {
      const tactic = tacticFromFrench(word);
      if (tactic) tacticList.push(tactic);
      else bad(tactics.line, `unknown MITRE tactic "${word.trim()}"`);
    }
  }

  const severityValue = severityFromFrench(severity.value);
  if (!severityValue) bad(severity.line, `unknown severity "${severity.value}"`);
  if (!ok || !severityValue) return { rest };

  return {
    alert: {
      id,
      line: idLine.number,
      title: titleLine.text,
      description: text,
      severity: severityValue,
      tactics: byKillChain(tacticList),
      platforms: platforms.sort((a, b) => PLATFORMS.indexOf(a) - PLATFORMS.indexOf(b)),
    },
    rest,
  };
}
