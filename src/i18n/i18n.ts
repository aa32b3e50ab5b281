import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Language } from "../catalog/schema";
import en from "./locales/en.json";
import fr from "./locales/fr.json";

/**
 * One i18next instance with both languages' strings bundled (about 4 kB gzip together), so a
 * language switch never waits on the network and the first render has its strings at once.
 */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false, // both languages have the same keys (locales.test.ts)
    supportedLngs: ["fr", "en"],
    resources: { fr: { translation: fr }, en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes; catalog text is never markup
    initAsync: false,
    returnNull: false,
    nsSeparator: false, // one namespace: no key is parsed for one, on every call
  });
  // i18next caches its own `number` format per set of options, the value included, so each new count
  // built a new Intl.NumberFormat: the first render made hundreds. One per language does.
  const numberFormats = new Map<string, Intl.NumberFormat>();
  instance.services.formatter?.add("number", (value: number, lng: string | undefined) => {
    const locale = lng ?? language;
    let format = numberFormats.get(locale);
    if (!format) {
      format = new Intl.NumberFormat(locale);
      numberFormats.set(locale, format);
    }
    return format.format(value);
  });
  return instance;
}
