import { useEffect, useState } from "react";

/**
 * Code the first view does not show (the detail pane, printing, help) kept out of the first
 * download: its chunk starts loading once the first view is on screen (see `firstViewShown`) and
 * is used from then on with no Suspense fallback, so what it draws still opens at once. The
 * service worker precaches every chunk, so this works offline too.
 */
export interface Later<T> {
  loaded: T | null;
  load: () => Promise<T | null>;
}

/** If the first view never comes (an error screen), chunks load after this long anyway. */
const FIRST_VIEW_FALLBACK_MS = 4000;
let showFirstView: () => void = () => undefined;
const firstView = new Promise<void>((resolve) => {
  showFirstView = resolve;
  if (typeof window !== "undefined") window.setTimeout(resolve, FIRST_VIEW_FALLBACK_MS);
});

/**
 * Called once the table is committed: later chunks wait until the frame that shows it has been
 * drawn, so fetching and compiling them does not hold up the catalog and the first rows (an
 * effect can run before the browser paints). Without frames (a hidden tab), the timer above.
 */
export function firstViewShown(): void {
  requestAnimationFrame(() => setTimeout(showFirstView, 0));
}

/**
 * A chunk loaded on demand. By default it waits for the first view (`firstViewShown`); one the
 * first view itself needs (the current language's strings) passes `{ now: true }`.
 */
export function later<T>(importer: () => Promise<T>, { now = false } = {}): Later<T> {
  let loading: Promise<T | null> | null = null;
  const chunk: Later<T> = {
    loaded: null,
    load: () => {
      loading ??= (now ? importer() : firstView.then(importer)).then(
        (result) => (chunk.loaded = result),
        () => (loading = null), // the next component that asks tries again
      );
      return loading;
    },
  };
  return chunk;
}

/** The module once loaded, else null (and it starts loading). */
export function useLoaded<T>(chunk: Later<T>): T | null {
  const [value, setValue] = useState<T | null>(() => chunk.loaded);
  useEffect(() => {
    if (value !== null) return;
    let live = true;
    void chunk.load().then((result) => live && result !== null && setValue(() => result));
    return () => {
      live = false;
    };
  }, [chunk, value]);
  return value;
}
