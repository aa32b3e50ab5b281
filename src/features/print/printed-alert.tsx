import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { type Alert, type Erratum, LANGUAGES, type Language } from "../../catalog/schema";
import {
  DEFAULT_LOOKBACK_DAYS,
  resourceGraphQuery,
  retiredAmong,
  sentinelQuery,
} from "../../hunting/queries";
import { formatDate } from "../../i18n/format-date";
import { DescriptionText } from "../detail/description-text";
import { ErrataNotes } from "../detail/errata-notes";

const names = (values: readonly string[], none: string) => (values.length > 0 ? values.join(", ") : none);

/** « Gravité : Élevée », « Tactiques MITRE : Exécution »…: the alert's facts as a reader says them. */
function fields(t: TFunction, alert: Alert, language: Language): string[] {
  const field = (name: string, value: string) => t("print.field", { name: t(name), value });
  return [
    field("detail.severity", t(`severity.${alert.severity}`)),
    field(
      "detail.tactics",
      names(
        alert.tactics.map((tactic) => t(`tactic.${tactic}`)),
        t("tactic.none"),
      ),
    ),
    field(
      "detail.platforms",
      names(
        alert.platforms.map((platform) => t(`platform.${platform}`)),
        t("platform.none"),
      ),
    ),
    field(
      "detail.status",
      alert.statusSince && alert.status === "deprecated"
        ? t("status.retiredOn", { date: formatDate(alert.statusSince, language) })
        : t(`status.${alert.status}`),
    ),
  ];
}

/** One alert of a printed list: its title, ID, facts and description. */
export function PrintedSummary({ alert, language }: { alert: Alert; language: Language }) {
  const { t } = useTranslation();
  return (
    <article className="break-inside-avoid border-b border-slate-400 py-3">
      <h2 className="font-semibold">{alert.title[language]}</h2>
      <p className="font-mono text-xs">{alert.id}</p>
      <p className="text-sm">{fields(t, alert, language).join(" · ")}</p>
      <div className="mt-1 text-sm">
        <DescriptionText text={alert.description[language]} />
      </div>
    </article>
  );
}

function PrintedQuery({ label, query }: { label: string; query: string }) {
  return (
    <section className="mt-3 break-inside-avoid">
      <h3 className="text-sm font-medium">{label}</h3>
      <pre
        translate="no"
        className="mt-1 rounded-md border p-3 font-mono text-xs break-all whitespace-pre-wrap"
      >
        <code>{query}</code>
      </pre>
    </section>
  );
}

/** The pane's notice of a retired alert, its source's address written out: paper has no links. */
function RetirementNotice({ alert, language }: { alert: Alert; language: Language }) {
  const { t } = useTranslation();
  const { statusSince: since, statusSource: source } = alert;
  if (alert.status !== "deprecated" || !since) return null;
  return (
    <div data-testid="status-notice" className="mt-3 border-l-4 border-slate-500 px-3 text-sm">
      <p className="font-medium">{t("status.notice", { date: formatDate(since, language) })}</p>
      {source && (
        <p>
          {t("status.source")} {source.title} &lt;{source.url}&gt;
          {source.where && ` (${source.where})`}
        </p>
      )}
    </div>
  );
}

interface PrintedAlertProps {
  alert: Alert;
  errata: readonly Erratum[];
  language: Language;
  /** French and English side by side on screen: both printed. */
  bilingual: boolean;
}

/** The open alert in full, as its pane shows it: facts, status, description, errata and hunting queries. */
export function PrintedAlert({ alert, errata, language, bilingual }: PrintedAlertProps) {
  const { t } = useTranslation();
  const retired = retiredAmong([alert]);
  return (
    <article data-testid="print-alert">
      <p className="text-sm">{t("app.name")}</p>
      <h1 className="text-xl font-bold">{alert.title[language]}</h1>
      <p className="font-mono text-sm">{alert.id}</p>
      <RetirementNotice alert={alert} language={language} />
      <ul className="mt-3 text-sm">
        {fields(t, alert, language).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2 className="mt-4 font-semibold">{t("detail.description")}</h2>
      {(bilingual ? LANGUAGES : [language]).map((code) => (
        <section key={code} lang={code} className="mt-2 text-sm">
          {bilingual && <h3 className="font-medium">{alert.title[code]}</h3>}
          <DescriptionText text={alert.description[code]} />
          <ErrataNotes errata={errata} language={code} />
        </section>
      ))}
      <h2 className="mt-4 font-semibold">{t("hunt.title")}</h2>
      <PrintedQuery
        label={t("hunt.sentinel")}
        query={sentinelQuery([alert.id], DEFAULT_LOOKBACK_DAYS, retired)}
      />
      <p className="mt-1 text-xs">{t("hunt.window", { days: DEFAULT_LOOKBACK_DAYS })}</p>
      <PrintedQuery label={t("hunt.resourceGraph")} query={resourceGraphQuery([alert.id], retired)} />
    </article>
  );
}
