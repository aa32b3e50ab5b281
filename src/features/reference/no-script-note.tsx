import { useTranslation } from "react-i18next";
import type { Language } from "../../catalog/schema";
import { LANGUAGES } from "../../catalog/schema";

interface NoScriptNoteProps {
  language: Language;
  /** The other language's page, relative to this one. */
  otherPage: string;
}

/**
 * What a prerendered page adds, in <noscript> above the app's own markup, for a browser without
 * JavaScript: a plain link to the other language, and what JavaScript would add. The markup below
 * it then shows every alert with its description, and no control that could not work (index.css).
 */
export function NoScriptNote({ language, otherPage }: NoScriptNoteProps) {
  const { t } = useTranslation();
  const other = LANGUAGES.find((code) => code !== language) ?? "en";
  return (
    <p className="mx-auto max-w-screen-2xl px-4 pt-2 text-sm text-slate-600" data-testid="noscript-note">
      <a href={otherPage} lang={other} hrefLang={other} className="font-medium text-blue-800 underline">
        {t(`language.${other}`)}
      </a>
      {" · "}
      {t("noscript.note")}
    </p>
  );
}
