import { type Language, TECHNIQUE_ID } from "../catalog/schema";
import {
  PLATFORMS,
  type Platform,
  SEVERITIES,
  type Severity,
  STATUSES,
  type Status,
  TACTICS,
  type Tactic,
} from "../catalog/taxonomy";

/**
 * The URL is the state: everything a user can set lives in the query string, so any view can be
 * sent as a link. Reading is forgiving (case-insensitive, junk ignored, never throws); writing is
 * canonical (fixed parameter order, values in taxonomy order, defaults left out).
 */

export const COLUMN_IDS = ["severity", "title", "id", "tactics", "platforms"] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];
/** Columns shown only when asked for: our ATT&CK techniques. */
export const OPTIONAL_COLUMNS = ["techniques"] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

export interface SortState {
  column: ColumnId;
  desc: boolean;
}

export interface ViewState {
  /** Only set when the language was chosen (in the link or with the toggle); see the README, "URL format". */
  lang: Language | null;
  q: string;
  severity: Severity[];
  tactic: Tactic[];
  platform: Platform[];
  /** Active, retired, or both when empty: retired alerts are shown, marked, unless filtered out. */
  status: Status[];
  /** ATT&CK technique IDs of our mapping, in ID order (T1059 before T1059.001). */
  technique: string[];
  sort: SortState;
  alert: string | null;
  /** The table, the tactic × severity coverage matrix, or the dated change log. */
  view: View;
  /** Show French and English side by side in the detail pane. */
  bilingual: boolean;
  columns: OptionalColumn[];
}

export const VIEWS = ["table", "matrix", "changes"] as const;
export type View = (typeof VIEWS)[number];

export const DEFAULT_SORT: SortState = { column: "severity", desc: true };
export const MAX_QUERY_LENGTH = 200;

export const DEFAULT_VIEW: ViewState = {
  lang: null,
  q: "",
  severity: [],
  tactic: [],
  platform: [],
  status: [],
  technique: [],
  sort: DEFAULT_SORT,
  alert: null,
  view: "table",
  bilingual: false,
  columns: [],
};

/** The direction a column sorts in first: severity starts with High, the rest A→Z. */
export const firstSortDirectionIsDesc = (column: ColumnId): boolean => column === "severity";

export function nextSort(current: SortState, column: ColumnId): SortState {
  if (current.column === column) return { column, desc: !current.desc };
  return { column, desc: firstSortDirectionIsDesc(column) };
}

function pickValues<T extends string>(allowed: readonly T[], raw: string[]): T[] {
  const wanted = new Set(raw.flatMap((value) => value.split(",")).map((value) => value.trim().toLowerCase()));
  return allowed.filter((value) => wanted.has(value.toLowerCase()));
}

/** Technique IDs however cased, each well-formed one once, in ID order; any other value is dropped. */
function parseTechniques(raw: string[]): string[] {
  const ids = raw.flatMap((value) => value.split(",")).map((value) => value.trim().toUpperCase());
  return [...new Set(ids.filter((id) => TECHNIQUE_ID.test(id)))].sort();
}

function parseSort(raw: string | null): SortState {
  if (!raw) return DEFAULT_SORT;
  const desc = raw.trim().startsWith("-");
  const name = raw.trim().replace(/^[-+]/, "").toLowerCase();
  const column = COLUMN_IDS.find((id) => id === name);
  return column ? { column, desc } : DEFAULT_SORT;
}

/** The search text, capped (never inside a surrogate pair); blank is no search, as when written. */
export function parseQuery(raw: string | null): string {
  const q = (raw ?? "").slice(0, MAX_QUERY_LENGTH).replace(/[\uD800-\uDBFF]$/, "");
  return q.trim() === "" ? "" : q;
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const lang = params.get("lang")?.trim().toLowerCase();
  const alert = params.get("alert");
  const flag = (name: string) =>
    ["1", "true", "yes", "on"].includes(params.get(name)?.trim().toLowerCase() ?? "");
  return {
    lang: lang === "fr" || lang === "en" ? lang : null,
    q: parseQuery(params.get("q")),
    severity: pickValues(SEVERITIES, params.getAll("severity")),
    tactic: pickValues(TACTICS, params.getAll("tactic")),
    platform: pickValues(PLATFORMS, params.getAll("platform")),
    status: pickValues(STATUSES, params.getAll("status")),
    technique: parseTechniques(params.getAll("technique")),
    sort: parseSort(params.get("sort")),
    alert: alert && alert.trim() !== "" ? alert : null,
    view: pickValues(VIEWS, [params.get("view") ?? ""])[0] ?? "table",
    bilingual: flag("bilingual"),
    columns: pickValues(OPTIONAL_COLUMNS, params.getAll("columns")),
  };
}

/**
 * Percent-encodes a value but keeps the commas between list items readable. A lone surrogate
 * (pasted half an emoji), on which encodeURIComponent throws, is written as U+FFFD, as a URL reads it.
 */
const encode = (value: string) => encodeURIComponent(value.replace(/\p{Cs}/gu, "\uFFFD"));
const encodeList = (values: readonly string[]) => values.map(encode).join(",");

export function serializeViewState(state: ViewState): string {
  const parts: string[] = [];
  if (state.lang) parts.push(`lang=${state.lang}`);
  if (state.q.trim() !== "") parts.push(`q=${encode(state.q)}`);
  if (state.severity.length > 0) parts.push(`severity=${encodeList(state.severity)}`);
  if (state.tactic.length > 0) parts.push(`tactic=${encodeList(state.tactic)}`);
  if (state.platform.length > 0) parts.push(`platform=${encodeList(state.platform)}`);
  if (state.status.length > 0) parts.push(`status=${encodeList(state.status)}`);
  if (state.technique.length > 0) parts.push(`technique=${encodeList(state.technique)}`);
  if (state.sort.column !== DEFAULT_SORT.column || state.sort.desc !== DEFAULT_SORT.desc) {
    parts.push(`sort=${state.sort.desc ? "-" : ""}${state.sort.column}`);
  }
  if (state.alert) parts.push(`alert=${encode(state.alert)}`);
  if (state.view !== "table") parts.push(`view=${state.view}`);
  if (state.bilingual) parts.push("bilingual=1");
  if (state.columns.length > 0) parts.push(`columns=${encodeList(state.columns)}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

/** Toggles one value of a list, keeping the taxonomy's order. */
export function toggleValue<T extends string>(allowed: readonly T[], current: readonly T[], value: T): T[] {
  const next = new Set(current);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return allowed.filter((item) => next.has(item));
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/** Whether two views (their lists and sort kept by keepUnchanged) differ, and in `fields` alone. */
export const differsOnlyIn = (
  previous: ViewState,
  next: ViewState,
  fields: readonly (keyof ViewState)[],
): boolean => {
  const differs = (key: keyof ViewState) => !Object.is(previous[key], next[key]);
  const keys = Object.keys(next) as (keyof ViewState)[];
  return keys.some(differs) && keys.every((key) => fields.includes(key) || !differs(key));
};

/**
 * `next`, reusing each list and the sort of `previous` where they are equal: opening an alert
 * then leaves the filters' and the sort's identity alone, and the work memoised on them.
 */
export function keepUnchanged(previous: ViewState | undefined, next: ViewState): ViewState {
  if (!previous) return next;
  const sameSort = previous.sort.column === next.sort.column && previous.sort.desc === next.sort.desc;
  return {
    ...next,
    severity: sameList(previous.severity, next.severity) ? previous.severity : next.severity,
    tactic: sameList(previous.tactic, next.tactic) ? previous.tactic : next.tactic,
    platform: sameList(previous.platform, next.platform) ? previous.platform : next.platform,
    status: sameList(previous.status, next.status) ? previous.status : next.status,
    technique: sameList(previous.technique, next.technique) ? previous.technique : next.technique,
    columns: sameList(previous.columns, next.columns) ? previous.columns : next.columns,
    sort: sameSort ? previous.sort : next.sort,
  };
}
