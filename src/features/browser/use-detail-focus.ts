import { useCallback, useEffect } from "react";
import type { Alert } from "../../catalog/schema";
import { isModalOpen, isTyping } from "../../ui/keyboard";
import type { HistoryMode, ViewUpdate } from "../../url/use-view-state";

/** The alert's row link, or the search box when the row is not shown: focus is never lost. */
function focusRow(id: string) {
  const link = document.querySelector<HTMLElement>(`[data-alert-link="${CSS.escape(id)}"]`);
  (link ?? document.getElementById("alert-search"))?.focus();
}

/**
 * Opening an alert pushes a history entry; closing it (button or Esc) returns focus to its row.
 * `step` shows the next or previous of the results (`alerts`) in the open pane.
 */
export function useDetailFocus(
  setView: (update: ViewUpdate, mode?: HistoryMode) => void,
  selected: Alert | null,
  alerts: readonly Alert[],
) {
  const openAlert = useCallback((alert: Alert) => setView({ alert: alert.id }), [setView]);
  const closeAlert = useCallback(() => {
    const id = selected?.id;
    setView({ alert: null });
    if (id) requestAnimationFrame(() => focusRow(id));
  }, [setView, selected]);
  const step = useCallback(
    (by: 1 | -1) => {
      if (!selected) return false;
      const at = alerts.indexOf(selected);
      // An alert outside the results (filtered out) steps to their first or last.
      const next = at === -1 ? alerts.at(by === 1 ? 0 : -1) : alerts[at + by];
      if (next) openAlert(next);
      return true;
    },
    [selected, alerts, openAlert],
  );

  useEffect(() => {
    if (!selected) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      if (isTyping(event.target) || isModalOpen()) return;
      closeAlert();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [selected, closeAlert]);

  return { openAlert, closeAlert, step };
}
