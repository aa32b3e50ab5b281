import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { Language } from "../catalog/schema";
import en from "./locales/en.json";
import fr from "./locales/fr.json";

/** Both locales are small and bundled: switching language never waits on the network. */
export function setupI18n(language: Language) {
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
  return instance;
}
