import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Language } from "../catalog/schema";

export type Strings = Record<string, unknown>;

/**
 * Each language's first-view strings are a chunk of their own: a page downloads its own
 * language's only. The rest come with the code that draws them (later-strings.ts).
 */
const STRINGS: Record<Language, () => Promise<{ default: Strings }>> = {
  fr: () => import("virtual:strings/fr-first"),
  en: () => import("virtual:strings/en-first"),
};

export const loadStrings = async (language: Language): Promise<Strings> =>
  (await STRINGS[language]()).default;

/** Whether a language's first-view strings are in (its later ones may come first, with a pane). */
export const hasStrings = (i18n: I18n, language: Language): boolean =>
  i18n.getResource(language, "translation", "app.name") !== undefined;

/**
 * Adds a language's strings if they are not in yet. Nothing draws again by itself (an update from
 * the store would redraw, and so hydrate, the whole page at once): what waits for them, does.
 */
export async function ensureStrings(i18n: I18n, language: Language): Promise<void> {
  if (hasStrings(i18n, language)) return;
  i18n.addResourceBundle(language, "translation", await loadStrings(language), true, false);
}

const THOUSANDS: Record<Language, string> = { fr: "\u202f", en: "," };

/** 12345 → "12 345" (narrow no-break space) in French, "12,345" in English, as Intl writes them. */
export function groupThousands(value: number, language: Language): string {
  const [whole = "", fraction] = String(value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS[language] ?? ",");
  return fraction === undefined ? grouped : `${grouped}${language === "fr" ? "," : "."}${fraction}`;
}

/**
 * One i18next instance, in `language`, with the strings given (at least that language's, so the
 * first render has them at once); ensureStrings adds another language's before it is shown.
 */
export function createI18n(language: Language, strings: Partial<Record<Language, Strings>>): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false, // both languages have the same keys (locales.test.ts)
    supportedLngs: ["fr", "en"],
    resources: Object.fromEntries(
      Object.entries(strings).map(([code, translation]) => [code, { translation }]),
    ),
    partialBundledLanguages: true,
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
