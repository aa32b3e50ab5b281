import { useCallback, useSyncExternalStore } from "react";
import type { Theme } from "../ui/theme-toggle";

export const THEME_STORAGE_KEY = "appservice-alerts.theme";
/** Fired on the window when the theme changes in this tab. */
const THEME_CHANGE = "appservice-alerts:theme";

const darkQuery = () => window.matchMedia?.("(prefers-color-scheme: dark)");
const systemTheme = (): Theme => (darkQuery()?.matches ? "dark" : "light");

function savedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return value === "light" || value === "dark" ? value : null;
  } catch {
    return null;
  }
}

const applyTheme = (theme: Theme) => {
  document.documentElement.dataset.theme = theme;
};

/**
 * Sets <html data-theme> before React renders, so the page does not flash the wrong theme
 * (src/early.js does the same before the first paint of a prerendered page).
 */
export function applyInitialTheme() {
  applyTheme(savedTheme() ?? systemTheme());
}

/** The theme shown is the one on <html>: the store is the document itself. */
const shownTheme = (): Theme => (document.documentElement.dataset.theme === "dark" ? "dark" : "light");

function subscribe(onChange: () => void) {
  const query = darkQuery();
  const followSystem = () => {
    if (!savedTheme()) applyTheme(systemTheme());
    onChange();
  };
  const followOtherTab = () => {
    applyTheme(savedTheme() ?? systemTheme());
    onChange();
  };
  query?.addEventListener("change", followSystem);
  window.addEventListener("storage", followOtherTab);
  window.addEventListener(THEME_CHANGE, onChange);
  return () => {
    query?.removeEventListener("change", followSystem);
    window.removeEventListener("storage", followOtherTab);
    window.removeEventListener(THEME_CHANGE, onChange);
  };
}

/** Follows the system until the user picks a theme; the pick is remembered. Light when prerendered. */
export function useTheme(): [Theme, () => void] {
  const theme = useSyncExternalStore<Theme>(subscribe, shownTheme, () => "light");
  const toggle = useCallback(() => {
    const next: Theme = shownTheme() === "dark" ? "light" : "dark";
    applyTheme(next);
    try {
      window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // the choice then lasts for this page
    }
    window.dispatchEvent(new Event(THEME_CHANGE));
  }, []);
  return [theme, toggle];
}
