import i18next, { type i18n as I18n, type ResourceKey } from "i18next";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { I18nextProvider, useTranslation as useI18nextTranslation } from "react-i18next";
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

/** Bumped whenever strings are added, so remembered answers (see `remembered`) are asked again. */
let stringsVersion = 0;

/** Adds strings in both languages to the translations made and to be made. */
export function addStrings(strings: Record<Language, ResourceKey>) {
  added.push(strings);
  stringsVersion++;
  for (const translation of made) addTo(translation, strings);
}

function makeTranslation(language: Language, strings: ResourceKey): Translation {
  const instance = i18next.createInstance();
  void instance.init({
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
  fr: later(() => import("./locales/fr.json").then((strings) => makeTranslation("fr", strings.default)), {
    now: true,
  }),
  en: later(() => import("./locales/en.json").then((strings) => makeTranslation("en", strings.default)), {
    now: true,
  }),
};

/** A language's translation: `loaded` once its strings are in, else null; `load()` fetches them (once). */
export const translationFor = (language: Language): Later<Translation> => translations[language];

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
 * for one instance and one set of strings the answer never changes; added strings or a new `t`
 * (a new instance) start a new memory.
 */
function remembered(t: I18n["t"]): I18n["t"] {
  const answers = new Map<string, unknown>();
  let version = stringsVersion;
  const ask = (key: string, options?: Record<string, unknown>) => {
    if (version !== stringsVersion) {
      answers.clear(); // strings were added since: an answer may have changed
      version = stringsVersion;
    }
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
