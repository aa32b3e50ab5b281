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
