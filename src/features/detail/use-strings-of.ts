import { useEffect, useReducer } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "../../catalog/schema";
import { ensureStrings, hasStrings } from "../../i18n/i18n";

/** Draws again once every language in `wanted` has its strings in (a side-by-side view). */
export function useStringsOf(wanted: readonly Language[]): void {
  const { i18n } = useTranslation();
  const [, stringsAdded] = useReducer((count: number) => count + 1, 0);
  const missing = wanted.filter((language) => !hasStrings(i18n, language)).join(",");
  useEffect(() => {
    const languages = LANGUAGES.filter((language) => missing.split(",").includes(language));
    if (languages.length > 0)
      void Promise.all(languages.map((language) => ensureStrings(i18n, language))).then(stringsAdded);
  }, [i18n, missing]);
}
