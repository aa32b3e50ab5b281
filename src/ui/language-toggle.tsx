import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "../catalog/schema";

export function LanguageToggle({
  language,
  onChange,
}: {
  language: Language;
  onChange: (next: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="flex items-center">
      <legend className="sr-only">{t("language.label")}</legend>
      <div className="flex overflow-hidden rounded-md border border-slate-300">
        {LANGUAGES.map((code) => (
          <button
            key={code}
            type="button"
            lang={code}
            aria-pressed={code === language}
            onClick={() => onChange(code)}
            className={`px-3 py-1 text-sm font-semibold uppercase ${
              code === language ? "bg-slate-800 text-white" : "bg-white text-slate-700 hover:bg-slate-100"
            }`}
          >
            {code}
            <span className="sr-only normal-case"> {t(`language.${code}`)}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
