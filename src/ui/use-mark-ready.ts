import { useEffect } from "react";

/**
 * Marks the page as the app's (html[data-ready]) once `when` holds: src/early.js holds presses on
 * the page until then, and the browser tests wait for it. The app marks it while its catalog comes
 * (the header is then all there is); the browser and the error screen mark it after their own hooks,
 * for a prerendered page, hydrated with its catalog, whose results are hydrated after the app around
 * them: marked by the app, a `?` typed in between found no listener in 6 of 10 loads. Once marked,
 * the page stays marked.
 */
export function useMarkReady(when = true): void {
  useEffect(() => {
    if (when) markPageReady();
  }, [when]);
}

/** The mark itself, for what is not a component: an app that could not start (main.tsx). */
export function markPageReady(): void {
  document.documentElement.dataset.ready = "";
}
