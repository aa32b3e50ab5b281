import type { Alert } from "../catalog/schema";
import { idKey } from "./id-match";

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
