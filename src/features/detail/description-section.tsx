import { useTranslation } from "react-i18next";
import { type Alert, type Erratum, LANGUAGES, type Language } from "../../catalog/schema";
import { DescriptionText } from "./description-text";
import { ErrataNotes } from "./errata-notes";
import { useStringsOf } from "./use-strings-of";

/** Where a text comes from, in small print: Microsoft's own words, or our translation. */
function Provenance({ label, kind }: { label: string; kind: string }) {
  return (
    <span data-provenance={kind} className="text-xs font-normal text-slate-600 italic">
      {label}
    </span>
  );
}

interface DescriptionSectionProps {
  alert: Alert;
  /** The French page's errata for this alert (see usePageNotes). */
  errata: readonly Erratum[];
  language: Language;
  bilingual: boolean;
  onBilingualChange: (bilingual: boolean) => void;
}

/** The description in the current language, or French and English side by side, with the errata. */
export function DescriptionSection({
  alert,
  errata,
  language,
  bilingual,
  onBilingualChange,
}: DescriptionSectionProps) {
  const { t } = useTranslation();
  useStringsOf(bilingual ? LANGUAGES : [language]);
  return (
    <>
      <div className="mt-5 flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold tracking-wide text-slate-700 uppercase">
          {t("detail.description")}{" "}
          {!bilingual && language === "en" && (
            <Provenance kind="description" label={t("provenance.ourTranslation")} />
          )}
        </h3>
        <button
          type="button"
          aria-pressed={bilingual}
          onClick={() => onBilingualChange(!bilingual)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100"
        >
          {t("bilingual.toggle")}
        </button>
      </div>
      {bilingual ? (
        <div className="mt-2 grid gap-4 sm:grid-cols-2" data-testid="bilingual">
          {LANGUAGES.map((code) => (
            <section key={code} lang={code} aria-label={t(`language.${code}`)} className="min-w-0">
              <p className="text-xs font-semibold text-slate-600 uppercase">{code}</p>
              <p className="mt-1 font-medium break-words text-slate-900">{alert.title[code]}</p>
              <Provenance
                kind={code === "fr" ? "published" : "title"}
                label={t(
                  code === "fr"
                    ? "provenance.published"
                    : alert.titleSource === "microsoft"
                      ? "provenance.microsoftName"
                      : "provenance.ourTitle",
                  { lng: code },
                )}
              />
              <div className="mt-1 text-sm">
                <DescriptionText text={alert.description[code]} />
              </div>
              {code === "en" && (
                <Provenance kind="description" label={t("provenance.ourTranslation", { lng: code })} />
              )}
              <ErrataNotes errata={errata} language={code} />
            </section>
          ))}
        </div>
      ) : (
        <>
          <div className="mt-1">
            <DescriptionText text={alert.description[language]} />
          </div>
          <ErrataNotes errata={errata} language={language} />
        </>
      )}
    </>
  );
}
