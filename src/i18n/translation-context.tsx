import i18next, { type i18n as I18n, type ResourceKey } from "i18next";
import type { ReactNode } from "react";
import { I18nextProvider, initReactI18next, useTranslation as useI18nextTranslation } from "react-i18next";
import type { Language } from "../catalog/schema";
import en from "./locales/en.json";
import fr from "./locales/fr.json";

/**
 * UI strings through i18next and react-i18next. Each language gets its own i18next instance,
 * made once per visit: switching language swaps the instance in the same render that swaps the
 * catalog text, so the screen never shows two languages at once and nothing changes i18next's
 * global state during a render. The first view's strings (locales/fr.json, en.json) are bundled
 * in both languages; those of what loads after it (locales/*-later.json) come with that code,
 * also in both languages (see later-strings.ts). Switching never waits on the network.
 */
export interface Translation {
  language: Language;
  i18n: I18n;
}

const translations: Partial<Record<Language, Translation>> = {};
const added: Record<Language, ResourceKey>[] = [];

const addTo = ({ language, i18n }: Translation, strings: Record<Language, ResourceKey>) =>
  i18n.addResourceBundle(language, "translation", strings[language], true);

/** Adds strings in both languages to the translations made and to be made. */
export function addStrings(strings: Record<Language, ResourceKey>) {
  added.push(strings);
  for (const translation of Object.values(translations)) addTo(translation, strings);
}

export function translationFor(language: Language): Translation {
  if (!translations[language]) {
    const instance = i18next.createInstance();
    void instance.use(initReactI18next).init({
      lng: language,
      fallbackLng: "fr",
      supportedLngs: ["fr", "en"],
      resources: { fr: { translation: fr }, en: { translation: en } },
      interpolation: { escapeValue: false }, // React escapes; catalog text is never markup.
      initAsync: false,
      returnNull: false,
    });
    const translation = { language, i18n: instance };
    for (const strings of added) addTo(translation, strings);
    translations[language] = translation;
  }
  return translations[language];
}

export function TranslationProvider({ value, children }: { value: Translation; children: ReactNode }) {
  return <I18nextProvider i18n={value.i18n}>{children}</I18nextProvider>;
}

/** `const { t } = useTranslation()`: react-i18next's hook, bound to the current language's instance. */
export function useTranslation() {
  const { t, i18n } = useI18nextTranslation();
  return { t, language: i18n.language as Language };
}
