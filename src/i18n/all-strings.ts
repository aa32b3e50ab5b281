import type { Language } from "../catalog/schema";
import type { Strings } from "./i18n";
import en from "./locales/en.json";
import fr from "./locales/fr.json";

/** Both languages at once, for the build's prerender and for tests; the app loads them apart. */
export const ALL_STRINGS: Record<Language, Strings> = { fr, en };
