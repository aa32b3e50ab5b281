import { useCallback, useMemo, useRef, useSyncExternalStore } from "react";
import { keepUnchanged, parseViewState, serializeViewState, type ViewState } from "./view-state";

/**
 * The view state, read from and written to the query string. Typing replaces the current history
 * entry; discrete actions push one, so Back undoes them one at a time.
 */
export type HistoryMode = "push" | "replace";
export type ViewUpdate = Partial<ViewState> | ((current: ViewState) => ViewState);

const subscribe = (onChange: () => void) => {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
};
const getSearch = () => window.location.search;
/**
 * What a prerendered page was rendered from: its default view, "" at build time. The browser
 * hydrates a page only when the link asks for that very view, at most naming the page's own
 * language (src/early.js marks it stale otherwise), and links name the shown language whatever
 * the link said: so the link itself renders the same markup. Reading it at once spares a second,
 * synchronous render after hydration, which would hydrate everything in one long task.
 */
const getPrerenderedSearch = () => (typeof window === "undefined" ? "" : window.location.search);

export function urlFor(state: ViewState): string {
  return `${window.location.pathname}${serializeViewState(state)}${window.location.hash}`;
}

export function useViewState(): [ViewState, (update: ViewUpdate, mode?: HistoryMode) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, getPrerenderedSearch);
  const last = useRef<ViewState>(undefined);
  const view = useMemo(() => keepUnchanged(last.current, parseViewState(search)), [search]);
  last.current = view;
  const setView = useCallback((update: ViewUpdate, mode: HistoryMode = "push") => {
    const current = parseViewState(window.location.search);
    const next = typeof update === "function" ? update(current) : { ...current, ...update };
    const url = urlFor(next);
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, []);
  return [view, setView];
}
