import { useCallback, useEffect, useState } from "react";

import type { Theme } from "../ui/theme-toggle";
export const THEME_STORAGE_KEY = "appservice-alerts.theme";

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

/** Sets <html data-theme> before React renders, so the page does not flash the wrong theme. */
export function applyInitialTheme() {
  applyTheme(savedTheme() ?? systemTheme());
}

/** Follows the system until the user picks a theme; the pick is remembered. */
export function useTheme(): [Theme, () => void] {
  const [choice, setChoice] = useState<Theme | null>(savedTheme);
  const [system, setSystem] = useState<Theme>(systemTheme);
  useEffect(() => {
    const query = darkQuery();
    const onChange = () => setSystem(query?.matches ? "dark" : "light");
    query?.addEventListener("change", onChange);
    return () => query?.removeEventListener("change", onChange);
  }, []);
  const theme = choice ?? system;
  useEffect(() => applyTheme(theme), [theme]);
  const toggle = useCallback(() => {
    const next: Theme = theme === "dark" ? "light" : "dark";
    setChoice(next);
    try {
      window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // the choice then lasts for this visit
    }
  }, [theme]);
  return [theme, toggle];
}
