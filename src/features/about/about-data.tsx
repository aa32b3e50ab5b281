import { useTranslation } from "react-i18next";
import type { Alert, Catalog, CatalogSource, Erratum, Language } from "../../catalog/schema";
import { STATUSES } from "../../catalog/taxonomy";
import { formatDate } from "../../i18n/format-date";
import { AlertIdText } from "../../ui/alert-id-text";
import { SourceLink } from "../../ui/source-link";

const heading = "mt-4 text-sm font-semibold tracking-wide text-slate-700 uppercase";

/** How current the catalog is, where each piece comes from, and every erratum of the French page. */
export function AboutData({
  catalog,
  sources,
  language,
  errataOf,
}: {
  catalog: Catalog;
  sources: readonly CatalogSource[];
  language: Language;
  errataOf: (alert: Alert) => readonly Erratum[];
}) {
  const { t } = useTranslation();
  const errata = catalog.alerts.flatMap((alert) => errataOf(alert).map((erratum) => ({ alert, erratum })));
  return (
    <section aria-labelledby="about-data" data-testid="about-data" className="text-sm text-slate-800">
      <h3 id="about-data" className={heading}>
        {t("about.data")}
      </h3>
      {catalog.page.asOf && (
        <p className="mt-2 font-medium text-slate-900" data-testid="as-of">
          {t("about.asOf", { date: formatDate(catalog.page.asOf, language) })}
        </p>
      )}
      <p className="mt-2">{t("about.provenance")}</p>

      <h4 className={heading}>{t("about.counts")}</h4>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4" data-testid="status-counts">
        {STATUSES.map((status) => (
          <div key={status} className="contents">
            <dt>{t(`status.${status}`)}</dt>
            <dd className="tabular-nums" data-status-count={status}>
              {catalog.alerts.filter((alert) => alert.status === status).length}
            </dd>
          </div>
        ))}
      </dl>

      <h4 className={heading}>{t("about.sources")}</h4>
      <ul className="mt-1 space-y-2" data-testid="sources">
        {sources.map((source) => (
          <li key={source.id} data-source={source.id}>
            <SourceLink source={source} />
            {" — "}
            {t(source.dateKind === "updated" ? "about.updated" : "about.retrieved", {
              date: formatDate(source.date, language),
            })}
            {(source.repo || source.file) && (
              <span className="block font-mono text-xs break-all text-slate-600" translate="no">
                {[source.repo, source.file].filter(Boolean).join(": ")}
                {source.commit && ` @ ${source.commit.slice(0, 12)}`}
              </span>
            )}
          </li>
        ))}
      </ul>

      <h4 className={heading}>{t("about.errata", { count: errata.length })}</h4>
      <ul className="mt-1 space-y-2" data-testid="errata-list">
        {errata.map(({ alert, erratum }) => (
          <li key={`${alert.id}:${erratum.french}`} data-erratum={alert.id}>
            <span className="font-medium text-slate-900">{alert.title[language]}</span>{" "}
            <code className="font-mono text-xs break-words text-slate-600">
              <AlertIdText id={alert.id} />
            </code>
            <br />
            <q lang="fr">{erratum.french}</q> → {erratum.meant[language]}
          </li>
        ))}
      </ul>
    </section>
  );
}
