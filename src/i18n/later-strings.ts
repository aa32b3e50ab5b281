import en from "virtual:strings/en-later";
import fr from "virtual:strings/fr-later";
import type { i18n as I18n } from "i18next";
import { useTranslation } from "react-i18next";
import type { Language } from "../catalog/schema";

const LATER: Record<Language, Record<string, unknown>> = { fr, en };

/**
 * Adds the strings the first view does not draw (dialogs, panes, views, exports), for both
 * languages, to their bundles. The modules that draw them import this, so the strings come with
 * their code, not with the page. Nothing draws again: only what calls this needs them.
 * Measured: 4.5 kB gzip out of the first view, whose budget is 140 kB.
 */
export function addLaterStrings(i18n: I18n): void {
  for (const language of ["fr", "en"] as const) {
    if (i18n.getResource(language, "translation", "about.title") === undefined)
      i18n.addResourceBundle(language, "translation", LATER[language], true, false);
  }
}

/** In a component drawn after the first view: its strings are in before it draws them. */
export function useLaterStrings(): void {
  addLaterStrings(useTranslation().i18n);
}
