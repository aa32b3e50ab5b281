import { useCallback, useEffect, useMemo, useRef } from "react";
import { looksLikeAlertId } from "../../catalog/alert-id";
import type { Alert, Catalog } from "../../catalog/schema";
import { findAlertById, indexIds } from "../../search/id-match";
import type { HistoryMode, ViewUpdate } from "../../url/use-view-state";
import { parseViewState, type ViewState } from "../../url/view-state";

/**
 * The alert a link or a search names, however its ID is spelled (see idKey). A link's alert= is
 * written back as the real ID; one naming no alert goes into the search box if it has the shape
 * of an ID (other text from a link is never echoed, see NotFoundNotice); a link whose search is
 * exactly an ID opens that alert.
 */
export function useIdLookup(
  catalog: Catalog,
  view: ViewState,
  setView: (update: ViewUpdate, mode?: HistoryMode) => void,
) {
  const index = useMemo(() => indexIds(catalog.alerts), [catalog]);
  const find = useCallback((text: string | null) => findAlertById(index, text), [index]);
  const selected = find(view.alert);
  const unknown = view.alert !== null && selected === null ? view.alert : null;

  useEffect(() => {
    if (selected && view.alert !== selected.id) setView({ alert: selected.id }, "replace");
  }, [selected, view.alert, setView]);

  // Once per unknown ID, and only into an empty box: clearing the box must not bring it back.
  const searched = useRef<string | null>(null);
  useEffect(() => {
    if (unknown === null || searched.current === unknown || !looksLikeAlertId(unknown)) return;
    searched.current = unknown;
    setView((current) => (current.q === "" ? { ...current, q: unknown } : current), "replace");
  }, [unknown, setView]);

  // The link as opened, not the prerendered view hydration starts from (see useViewState).
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    const link = parseViewState(window.location.search);
    const named = link.alert === null ? find(link.q.trim()) : null;
    if (named) setView({ alert: named.id }, "replace");
  }, [find, setView]);

  return { selected, unknown, find };
}
export type FindAlert = (text: string | null) => Alert | null;
