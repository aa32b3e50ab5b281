import i18next, { type i18n as I18n } from "i18next";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { I18nextProvider, initReactI18next, useTranslation as useI18nextTranslation } from "react-i18next";
import type { Language } from "../catalog/schema";
import en from "./locales/en.json";
import fr from "./locales/fr.json";

/**
 * UI strings through i18next and react-i18next. Each language gets its own i18next instance,
 * made once per visit: switching language swaps the instance in the same render that swaps the
 * catalog text, so the screen never shows two languages at once and nothing changes i18next's
 * global state during a render. Both locales are small and bundled: switching never waits on
 * the network.
 */
export interface Translation {
  language: Language;
  i18n: I18n;
}

const translations: Partial<Record<Language, Translation>> = {};

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
    translations[language] = { language, i18n: instance };
  }
  return translations[language];
}

interface Bound {
  t: I18n["t"];
  language: Language;
}

const BoundContext = createContext<Bound | null>(null);

export function TranslationProvider({ value, children }: { value: Translation; children: ReactNode }) {
  return (
    <I18nextProvider i18n={value.i18n}>
      <BindTranslation>{children}</BindTranslation>
    </I18nextProvider>
  );
}

/**
 * react-i18next's hook, called once for the whole tree: it binds `t` to the current instance and
 * renders again when that instance changes. Components read the bound `t` from context, so a
 * table of many rows does not subscribe each chip and badge to i18next separately.
 */
function BindTranslation({ children }: { children: ReactNode }) {
  const { t, i18n } = useI18nextTranslation();
  const language = i18n.language as Language;
  const bound = useMemo(() => ({ t: remembered(t), language }), [t, language]);
  return <BoundContext.Provider value={bound}>{children}</BoundContext.Provider>;
}

/**
 * `t` answering repeated questions from memory. A table draws the same few labels (severities,
 * tactics, platforms) on every row, and each i18next lookup walks its fallbacks and formatting;
 * for one instance and one set of resources the answer never changes, and a new `t` (new
 * resources, new instance) starts a new memory.
 */
function remembered(t: I18n["t"]): I18n["t"] {
  const answers = new Map<string, unknown>();
  const ask = (key: string, options?: Record<string, unknown>) => {
    const question = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    let answer = answers.get(question);
    if (answer === undefined) {
      answer = t(key, options as never);
      answers.set(question, answer);
    }
    return answer;
  };
  return ask as I18n["t"];
}

/** `const { t } = useTranslation()`: the current language's `t`, bound by react-i18next. */
export function useTranslation(): Bound {
  const bound = useContext(BoundContext);
  if (!bound) throw new Error("useTranslation() needs a <TranslationProvider> above it");
  return bound;
}
