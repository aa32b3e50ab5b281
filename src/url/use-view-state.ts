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
/** A prerendered page is the default view: hydrating it starts from there, then reads the link. */
const getPrerenderedSearch = () => "";

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
