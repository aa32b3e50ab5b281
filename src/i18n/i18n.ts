import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Language } from "../catalog/schema";
import en from "./locales/en.json";
import fr from "./locales/fr.json";

const THOUSANDS: Record<Language, string> = { fr: "\u202f", en: "," };

/** 12345 → "12 345" (narrow no-break space) in French, "12,345" in English, as Intl writes them. */
export function groupThousands(value: number, language: Language): string {
  const [whole = "", fraction] = String(value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS[language] ?? ",");
  return fraction === undefined ? grouped : `${grouped}${language === "fr" ? "," : "."}${fraction}`;
}

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
  // Counts are whole numbers, grouped by thousands as each language writes them. Not through Intl:
  // a page's first Intl.NumberFormat loads locale data, 25 ms of its hydration (docs/performance.md).
  instance.services.formatter?.add("number", (value: number, lng: string | undefined) =>
    groupThousands(value, (lng ?? language) as Language),
  );
  return instance;
}
