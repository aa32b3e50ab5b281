import { useCallback, useEffect } from "react";
import type { Alert } from "../../catalog/schema";
import { isModalOpen, isTyping } from "../../ui/keyboard";
import type { HistoryMode, ViewUpdate } from "../../url/use-view-state";

function focusRow(id: string) {
  const link = document.querySelector<HTMLElement>(`[data-alert-link="${CSS.escape(id)}"]`);
  link?.focus();
}

/** Opening an alert pushes a history entry; closing it (button or Esc) returns focus to its row. */
export function useDetailFocus(
  setView: (update: ViewUpdate, mode?: HistoryMode) => void,
  selected: Alert | null,
) {
  const openAlert = useCallback((alert: Alert) => setView({ alert: alert.id }), [setView]);
  const closeAlert = useCallback(() => {
    const id = selected?.id;
    setView({ alert: null });
    if (id) requestAnimationFrame(() => focusRow(id));
  }, [setView, selected]);

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

  return { openAlert, closeAlert };
}
