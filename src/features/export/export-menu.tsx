import { useTranslation } from "react-i18next";
import { type ExportSubject, exportChoices, saveChoice } from "./export-choices";

/** Exports the view as shown, one button per format (the Actions menu holds them on a phone). */
export function ExportMenu(subject: ExportSubject) {
  const { t, i18n } = useTranslation();
  const { alerts, language } = subject;
  return (
    <fieldset
      className="flex flex-wrap items-center gap-1"
      title={t("exports.hint", { count: alerts.length })}
    >
      <legend className="sr-only">{t("exports.hint", { count: alerts.length })}</legend>
      <span aria-hidden="true" className="text-sm text-slate-600">
        {t("exports.label")}
      </span>
      {exportChoices(t, language, subject.catalog).map((choice) => (
        <button
          key={choice.text}
          type="button"
          disabled={alerts.length === 0}
          onClick={() => void saveChoice({ t, i18n }, subject, choice)}
          aria-label={`${t("exports.label")} ${choice.text}`}
          title={choice.hint}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-50"
        >
          {choice.text}
        </button>
      ))}
    </fieldset>
  );
}
