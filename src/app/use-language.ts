import { useEffect, useLayoutEffect, useState } from "react";
import { LANGUAGES, type Language } from "../catalog/schema";
import { detectLanguage } from "../i18n/detect-language";
import { type Translation, translationFor } from "../i18n/translation-context";
import { parseViewState } from "../url/view-state";

export const LANGUAGE_STORAGE_KEY = "appservice-alerts.language";

function savedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage can be disabled; the choice then lasts for the visit only
  }
}

export function saveLanguage(language: Language) {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // see savedLanguage
  }
}

/** Detected once per visit; after that only the link (or the toggle, which writes the link) changes it. */
let first: Language | undefined;
const firstLanguage = () =>
  (first ??= detectLanguage(
    parseViewState(window.location.search).lang,
    savedLanguage(),
    navigator.languages ?? [],
  ));

/** Like the catalog, the first language's strings are asked for as soon as the code runs. */
export const firstStrings: Promise<unknown> =
  typeof document === "undefined" ? Promise.resolve() : translationFor(firstLanguage()).load();

/**
 * The language shown (link, saved, browser, French) with its UI strings; null until the first
 * language's strings are in. Should a language be asked for before its strings are in (they load
 * right after the first view), the current one stays, catalog text and UI strings alike, until
 * they are: the screen never mixes the two. Keeps <html lang> in step.
 */
export function useLanguage(fromUrl: Language | null): Translation | null {
  const wanted = translationFor(fromUrl ?? firstLanguage());
  const [shown, setShown] = useState(wanted.loaded);
  if (wanted.loaded && wanted.loaded !== shown) setShown(wanted.loaded);
  const current = wanted.loaded ?? shown;
  useEffect(() => {
    if (wanted.loaded) return;
    let live = true;
    let retry: number | undefined;
    const load = () =>
      void wanted.load().then((translation) => {
        if (live && translation) setShown(translation);
        else if (live) retry = window.setTimeout(load, 2000); // the network failed: try again
      });
    load();
    return () => {
      live = false;
      window.clearTimeout(retry);
    };
  }, [wanted]);
  useLayoutEffect(() => {
    if (current) document.documentElement.lang = current.language;
  }, [current]);
  // Right after the first view, the other language: switching then never waits on the network.
  useEffect(() => {
    if (current) for (const language of LANGUAGES) void translationFor(language).load();
  }, [current]);
  return current;
}
