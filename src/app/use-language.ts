import type { i18n as I18n } from "i18next";
import { useLayoutEffect, useState } from "react";
import type { Language } from "../catalog/schema";
import { detectLanguage } from "../i18n/detect-language";
import { setupI18n } from "../i18n/setup";

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

/** Resolves the language (link, saved, browser, French) and keeps i18next and <html lang> in step. */
export function useLanguage(fromUrl: Language | null): { language: Language; i18n: I18n } {
  // Detected once per visit; after that only the link (or the toggle, which writes the link) changes it.
  const [initial] = useState(() => detectLanguage(fromUrl, savedLanguage(), navigator.languages ?? []));
  const language = fromUrl ?? initial;
  const [i18n] = useState(() => setupI18n(language));
  // Before paint, so UI strings and catalog text never show in two languages at once.
  useLayoutEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  return { language, i18n };
}
