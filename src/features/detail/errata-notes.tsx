import { useTranslation } from "react-i18next";
import type { Erratum, Language } from "../../catalog/schema";
import { SourceLink } from "../../ui/source-link";

/**
 * What the published French page gets wrong, in the given language: the exact French quote,
 * what it means and why we think so. The French text itself stays as published.
 */
export function ErrataNotes({ errata, language }: { errata: readonly Erratum[]; language: Language }) {
  const { t } = useTranslation();
  if (errata.length === 0) return null;
  const lng = { lng: language };
  return (
    <section
      lang={language}
      data-testid="errata"
      className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <h4 className="font-semibold">{t("errata.title", lng)}</h4>
      <ul className="mt-1 space-y-2">
        {errata.map((erratum) => (
          <li key={`${erratum.field}:${erratum.french}`}>
            <p>
              {t(erratum.field === "title" ? "errata.inTitle" : "errata.inDescription", lng)}{" "}
              <q lang="fr" className="font-medium">
                {erratum.french}
              </q>
            </p>
            <p>
              {t("errata.meant", lng)} {erratum.meant[language]}
            </p>
            <p className="text-amber-900">
              {t("errata.why", lng)} {erratum.evidence[language]} <SourceLink source={erratum.source} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
