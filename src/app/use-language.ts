import { useLayoutEffect, useState } from "react";
import type { Language } from "../catalog/schema";
import { detectLanguage } from "../i18n/detect-language";
import { type Translation, translationFor } from "../i18n/translation-context";

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

/** Resolves the language (link, saved, browser, French), its UI strings, and keeps <html lang> in step. */
export function useLanguage(fromUrl: Language | null): { language: Language; i18n: Translation } {
  // Detected once per visit; after that only the link (or the toggle, which writes the link) changes it.
  const [initial] = useState(() => detectLanguage(fromUrl, savedLanguage(), navigator.languages ?? []));
  const language = fromUrl ?? initial;
  // Derived in the same render as the catalog text, so the two never show in two languages at once.
  const i18n = translationFor(language);
  useLayoutEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return { language, i18n };
}
