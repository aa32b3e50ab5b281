import { useEffect, useState } from "react";
import type { Alert } from "../../catalog/schema";
import { isModalOpen } from "../../ui/keyboard";
import { parseQuery } from "../../url/view-state";
import { moveRow } from "../shortcuts/shortcut-keys";
import type { FindAlert } from "./use-id-lookup";

const results = () => document.getElementById("results");

interface SearchBoxFlow {
  q: string;
  /** The results, in order. */
  alerts: readonly Alert[];
  /** Whether `alerts` are the results of `q` yet: they follow it (see useAfterPaint). */
  settled: boolean;
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
export function useSearchBox({ q, alerts, settled, find, paneOpen, search, openAlert }: SearchBoxFlow) {
  // Enter: the first result of what was typed opens once those results are in (at once if they
  // are), unless the search changed meanwhile (Back, a link): the search as the URL keeps it.
  const [waitingFor, setWaitingFor] = useState<string | null>(null);
  useEffect(() => {
    if (waitingFor === null || !settled) return;
    setWaitingFor(null);
    const first = alerts[0];
    if (first && q === waitingFor) openAlert(first);
  }, [waitingFor, settled, q, alerts, openAlert]);

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
      setWaitingFor(null);
      search(value);
      const named = pasted ? find(value.trim()) : null;
      if (named) openAlert(named);
    },
    // The text may be newer than `q`: the box sends it just before.
    onSubmit: (text: string) => {
      const named = find(text.trim());
      if (named) openAlert(named);
      else setWaitingFor(parseQuery(text));
    },
    onDown: () => moveRow(1),
    onLeave: () => results()?.focus(),
  };
}
