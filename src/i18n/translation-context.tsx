import i18next, { type i18n as I18n, type ResourceKey } from "i18next";
import type { ReactNode } from "react";
import { I18nextProvider, initReactI18next, useTranslation as useI18nextTranslation } from "react-i18next";
import type { Language } from "../catalog/schema";
import { type Later, later } from "../ui/loaded-later";

/**
 * UI strings through i18next and react-i18next. Each language gets its own i18next instance,
 * made once per visit: switching language swaps the instance in the same render that swaps the
 * catalog text, so the screen never shows two languages at once and nothing changes i18next's
 * global state during a render. The first view's strings (locales/fr.json, en.json) are a chunk
 * per language (`locale-<language>-<hash>.js`): a first view waits for its own only, and the other
 * loads right after it (see useLanguage), so switching never waits on the network. The strings of
 * what loads after the first view (locales/*-later.json) come with that code, in both languages
 * (see later-strings.ts).
 */
export interface Translation {
  language: Language;
  i18n: I18n;
}

const made: Translation[] = [];
const added: Record<Language, ResourceKey>[] = [];

const addTo = ({ language, i18n }: Translation, strings: Record<Language, ResourceKey>) =>
  i18n.addResourceBundle(language, "translation", strings[language], true);

/** Adds strings in both languages to the translations made and to be made. */
export function addStrings(strings: Record<Language, ResourceKey>) {
  added.push(strings);
  for (const translation of made) addTo(translation, strings);
}

function makeTranslation(language: Language, strings: ResourceKey): Translation {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false, // both languages have the same keys (locales.test.ts)
    supportedLngs: ["fr", "en"],
    resources: { [language]: { translation: strings } },
    interpolation: { escapeValue: false }, // React escapes; catalog text is never markup.
    initAsync: false,
    returnNull: false,
  });
  const translation = { language, i18n: instance };
  for (const strings of added) addTo(translation, strings);
  made.push(translation);
  return translation;
}

const translations: Record<Language, Later<Translation>> = {
  fr: later(() => import("./locales/fr.json").then((strings) => makeTranslation("fr", strings.default))),
  en: later(() => import("./locales/en.json").then((strings) => makeTranslation("en", strings.default))),
};

/** A language's translation: `loaded` once its strings are in, else null; `load()` fetches them (once). */
export const translationFor = (language: Language): Later<Translation> => translations[language];

export function TranslationProvider({ value, children }: { value: Translation; children: ReactNode }) {
  return <I18nextProvider i18n={value.i18n}>{children}</I18nextProvider>;
}

/** `const { t } = useTranslation()`: react-i18next's hook, bound to the current language's instance. */
export function useTranslation() {
  const { t, i18n } = useI18nextTranslation();
  return { t, language: i18n.language as Language };
}
