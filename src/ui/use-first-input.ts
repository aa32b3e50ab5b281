import { useEffect } from "react";

/** What a reader does before a click or a key opens anything: move or press a pointer, type, focus. */
const FIRST_SIGNS = ["pointermove", "pointerdown", "keydown", "focusin"] as const;

/**
 * Runs `act` (a stable function) once, at the reader's first input on the page: for work wanted
 * soon after, such as the code of what a click opens, that a page load alone should not pay for.
 */
export function useFirstInput(act: () => void): void {
  useEffect(() => {
    const stop = () => {
      for (const type of FIRST_SIGNS) window.removeEventListener(type, once, true);
    };
    const once = () => {
      stop();
      act();
    };
    for (const type of FIRST_SIGNS) window.addEventListener(type, once, { capture: true, passive: true });
    return stop;
  }, [act]);
}
