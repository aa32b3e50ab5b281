import { useEffect, useLayoutEffect, useReducer, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../catalog/schema";
import { detectLanguage } from "../i18n/detect-language";
import { ensureStrings, hasStrings } from "../i18n/i18n";
import { pinnedLanguage } from "../url/site";
import { parseViewState } from "../url/view-state";

export const LANGUAGE_STORAGE_KEY = "appservice-alerts.language";

function savedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage can be disabled; the choice then lasts for the visit only
  }
}

export function saveLanguage(language: Language) {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // see savedLanguage
  }
}

/**
 * The language a visit starts in: the link's, else the page's (the English page pins English),
 * else the saved choice, else the browser's, else French.
 */
export const initialLanguage = (): Language =>
  detectLanguage(
    parseViewState(window.location.search).lang,
    pinnedLanguage() ?? savedLanguage(),
    navigator.languages ?? [],
  );

/**
 * The language shown: the link's, else the one the visit started in, once its strings are in
 * (until then, the one before). i18next and <html lang> follow it before the browser paints, so a
 * frame never mixes two languages.
 */
export function useLanguage(fromUrl: Language | null): Language {
  const { i18n } = useTranslation();
  const [started] = useState(() => i18n.language as Language);
  const [, stringsAdded] = useReducer((count: number) => count + 1, 0);
  const wanted = fromUrl ?? started;
  const ready = hasStrings(i18n, wanted);
  const language = ready ? wanted : (i18n.language as Language);
  useEffect(() => {
    if (!ready) void ensureStrings(i18n, wanted).then(stringsAdded);
  }, [i18n, ready, wanted]);
  useLayoutEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    // Setting it, even to the same value, restyles the whole page in Chromium.
    if (document.documentElement.lang !== language) document.documentElement.lang = language;
  }, [i18n, language]);
  return language;
}
