import { useEffect } from "react";
import type { Alert } from "../../catalog/schema";
import { isModalOpen } from "../../ui/keyboard";
import { moveRow } from "../shortcuts/shortcut-keys";
import type { FindAlert } from "./use-id-lookup";

const results = () => document.getElementById("results");

interface SearchBoxFlow {
  q: string;
  /** The results, in order. */
  alerts: readonly Alert[];
  find: FindAlert;
  paneOpen: boolean;
  search: (q: string) => void;
  openAlert: (alert: Alert) => void;
}

/**
 * From the search box to an alert without the mouse: a pasted ID opens its alert; Enter opens
 * the alert the search names, else the first result; ↓ goes to the results; Esc leaves the box
 * for the results, and a second Esc there clears the search and comes back to the box.
 */
export function useSearchBox({ q, alerts, find, paneOpen, search, openAlert }: SearchBoxFlow) {
  useEffect(() => {
    if (q === "" || paneOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented || isModalOpen()) return;
      if (document.activeElement !== results()) return;
      event.preventDefault();
      search("");
      document.getElementById("alert-search")?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [q, paneOpen, search]);

  return {
    onChange: (value: string, pasted: boolean) => {
      search(value);
      const named = pasted ? find(value.trim()) : null;
      if (named) openAlert(named);
    },
    onSubmit: () => {
      const target = find(q.trim()) ?? alerts[0];
      if (target) openAlert(target);
    },
    onDown: () => moveRow(1),
    onLeave: () => results()?.focus(),
  };
}
