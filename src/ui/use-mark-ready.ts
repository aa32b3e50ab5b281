import { useEffect } from "react";

/**
 * Marks the page as the app's (html[data-ready]) once `when` holds: src/early.js holds presses on
 * the page until then, and the browser tests wait for it. What draws the page's main content calls
 * it (the browser, the error screen), after its own hooks, so that its listeners are in first: a
 * prerendered page hydrates its results after the app around them, and a key typed in between, such
 * as `?`, was lost in 6 of 10 loads. Once marked, the page stays marked.
 */
export function useMarkReady(when = true): void {
  useEffect(() => {
    if (when) document.documentElement.dataset.ready = "";
  }, [when]);
}
