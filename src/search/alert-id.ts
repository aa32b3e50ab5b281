import type { Alert } from "../catalog/schema";
import { foldText } from "./fold";

/**
 * IDs as analysts paste them: the portal drops the space the published page has in
 * `AppServices_KnownCredential AccessTools`, tickets quote IDs, chat lower-cases them. So IDs are
 * compared by a key without case, quotes, spaces or underscores.
 */
const IGNORED_IN_IDS = /[\s_"'`«»“”„‹›]/gu;

export const idKey = (text: string): string => foldText(text).replace(IGNORED_IN_IDS, "");

export interface IdIndex {
  exact: ReadonlyMap<string, Alert>;
  byKey: ReadonlyMap<string, Alert>;
}

/** Built once per catalog; two IDs with one key (never in the real catalog) keep the first. */
export function indexIds(alerts: readonly Alert[]): IdIndex {
  const exact = new Map<string, Alert>();
  const byKey = new Map<string, Alert>();
  for (const alert of alerts) {
    exact.set(alert.id, alert);
    const key = idKey(alert.id);
    if (!byKey.has(key)) byKey.set(key, alert);
  }
  return { exact, byKey };
}

/** The alert a text names, however it was spelled; the exact ID wins over a look-alike. */
export function findAlertById(index: IdIndex, text: string | null): Alert | null {
  if (!text) return null;
  const key = idKey(text);
  return index.exact.get(text) ?? (key === "" ? null : (index.byKey.get(key) ?? null));
}

/** Edit distance, giving up (returning `limit + 1`) as soon as it must exceed `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/** Keys longer than any ID are not worth comparing: they are not mistyped IDs. */
const LONGEST_KEY = 120;

/**
 * The IDs closest to a text that names none, best first: IDs holding it whole (a part of an ID),
 * then those a few typing mistakes away, with or without their `AppServices_` prefix.
 */
export function closestIds(alerts: readonly Alert[], text: string, limit = 3): string[] {
  const key = idKey(text);
  if (key.length < 3 || key.length > LONGEST_KEY) return [];
  // About one mistake in four characters: "curltodisks" finds CurlToDisk, "Nope" finds nothing.
  const allowed = Math.max(1, Math.floor(key.length / 4));
  const scored: { id: string; score: number }[] = [];
  for (const alert of alerts) {
    const full = idKey(alert.id);
    const underscore = alert.id.indexOf("_");
    const bare = underscore === -1 ? full : idKey(alert.id.slice(underscore + 1));
    const score =
      key.length >= 4 && full.includes(key)
        ? 0
        : Math.min(distance(key, full, allowed), distance(key, bare, allowed));
    if (score <= allowed) scored.push({ id: alert.id, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, limit).map(({ id }) => id);
}
