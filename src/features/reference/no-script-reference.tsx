import { useTranslation } from "react-i18next";
import { compareSeverity, compareTitle } from "../../catalog/compare";
import type { Catalog, Language } from "../../catalog/schema";
import { LANGUAGES } from "../../catalog/schema";
import { AlertIdText } from "../../ui/alert-id-text";
import { CatalogSource } from "../../ui/catalog-source";
import { PlatformList } from "../../ui/platform-list";
import { SeverityBadge } from "../../ui/severity-badge";

interface NoScriptReferenceProps {
  catalog: Catalog;
  language: Language;
  /** The other language's page, relative to this one. */
  otherPage: string;
}

/**
 * The whole catalog as a plain page, for a browser without JavaScript: the prerendered pages carry
 * it in <noscript>. Everything an analyst looks up, and a plain link to the other language.
 */
export function NoScriptReference({ catalog, language, otherPage }: NoScriptReferenceProps) {
  const { t } = useTranslation();
  const other = LANGUAGES.find((code) => code !== language) ?? "en";
  const byTitle = compareTitle(language);
  const alerts = [...catalog.alerts].sort((a, b) => compareSeverity(b, a) || byTitle(a, b));
  return (
    <div className="mx-auto max-w-4xl px-4 py-6" data-testid="noscript-reference">
      <header className="border-b border-slate-200 pb-4">
        <div className="flex items-baseline justify-between gap-4">
          <h1 className="text-lg font-semibold text-slate-900">{t("app.name")}</h1>
          <a
            href={otherPage}
            lang={other}
            hrefLang={other}
            className="text-sm font-medium text-blue-800 underline"
          >
            {t(`language.${other}`)}
          </a>
        </div>
        <p className="mt-1 text-sm text-slate-600">
          <CatalogSource catalog={catalog} language={language} />
        </p>
        <p className="mt-1 text-sm text-slate-600">{t("noscript.note")}</p>
      </header>
      {alerts.map((alert) => (
        <article key={alert.id} id={alert.id} className="border-b border-slate-200 py-4">
          <h2 className="font-medium text-slate-900">{alert.title[language]}</h2>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("columns.id")}</dt>
            <dd>
              <code className="font-mono text-xs break-words">
                <AlertIdText id={alert.id} />
              </code>
            </dd>
            <dt className="text-slate-600">{t("detail.severity")}</dt>
            <dd>
              <SeverityBadge severity={alert.severity} />
            </dd>
            <dt className="text-slate-600">{t("detail.tactics")}</dt>
            <dd>
              {alert.tactics.length === 0
                ? t("tactic.none")
                : alert.tactics.map((tactic) => t(`tactic.${tactic}`)).join(", ")}
            </dd>
            <dt className="text-slate-600">{t("detail.platforms")}</dt>
            <dd>
              <PlatformList platforms={alert.platforms} />
            </dd>
          </dl>
          <p className="mt-2 text-sm leading-relaxed text-slate-800 first-letter:uppercase">
            {alert.description[language]}
          </p>
        </article>
      ))}
    </div>
  );
}
