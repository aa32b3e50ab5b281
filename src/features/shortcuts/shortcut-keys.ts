import { isModalOpen, isTyping } from "../../ui/keyboard";

const ROW_LINKS = "tbody [data-alert-link]";

/** Moves focus to the next or previous row's link; from outside the table, to the first or last. */
export function moveRow(step: 1 | -1): boolean {
  const links = [...document.querySelectorAll<HTMLElement>(ROW_LINKS)];
  if (links.length === 0) return false;
  const row = document.activeElement?.closest("tr");
  const current = row ? links.findIndex((link) => row.contains(link)) : -1;
  const next = current === -1 ? (step === 1 ? 0 : links.length - 1) : current + step;
  const target = links[Math.max(0, Math.min(links.length - 1, next))];
  target?.focus();
  target?.scrollIntoView({ block: "nearest" });
  return true;
}

/** A region scrolled sideways with the arrows (a long query): ← and → are its own. */
const scrollsSideways = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.scrollWidth > target.clientWidth;

const STEPS: Record<string, 1 | -1> = { j: 1, ArrowRight: 1, k: -1, ArrowLeft: -1 };

export interface ShortcutActions {
  onHelp: () => void;
  /** With an alert open: show the next or previous one of the results; false when none is open. */
  onStep: (step: 1 | -1) => boolean;
}

/**
 * `/` search, `?` help; with an alert open, j/k and →/← step through the results in the pane;
 * otherwise j/k (and ↓/↑ in the table) move between rows. Never while typing in a field or
 * inside a dialog.
 */
export function onShortcutKey(event: KeyboardEvent, { onHelp, onStep }: ShortcutActions): void {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  if (isTyping(event.target) || isModalOpen()) return;
  const inTable = document.activeElement?.closest("tbody") != null;
  const step = STEPS[event.key];
  let handled = false;
  if (event.key === "/") {
    const search = document.getElementById("alert-search");
    search?.focus();
    handled = search != null;
  } else if (event.key === "?") {
    onHelp();
    handled = true;
  } else if (step && !(event.key.startsWith("Arrow") && scrollsSideways(event.target)) && onStep(step)) {
    handled = true;
  } else if (event.key === "j" || (event.key === "ArrowDown" && inTable)) {
    handled = moveRow(1);
  } else if (event.key === "k" || (event.key === "ArrowUp" && inTable)) {
    handled = moveRow(-1);
  }
  if (handled) event.preventDefault();
}
