import { useTranslation } from "react-i18next";
import type { Alert, Language } from "../../catalog/schema";
import { useLaterStrings } from "../../i18n/later-strings";
import { isolate } from "../../ui/bidi";
import type { ViewState } from "../../url/view-state";
import { DescriptionText } from "../detail/description-text";

interface PrintViewProps {
  alerts: readonly Alert[];
  total: number;
  view: ViewState;
  language: Language;
}

/** The current view as a document: filters and date on top, then every alert in full. */
export function PrintView({ alerts, total, view, language }: PrintViewProps) {
  useLaterStrings();
  const { t } = useTranslation();
  const filters = [
    view.q.trim() && `${t("print.search")}: « ${isolate(view.q.trim())} »`,
    view.severity.length > 0 &&
      `${t("filters.severity")}: ${view.severity.map((v) => t(`severity.${v}`)).join(", ")}`,
    view.tactic.length > 0 &&
      `${t("filters.tactic")}: ${view.tactic.map((v) => t(`tactic.${v}`)).join(", ")}`,
    view.platform.length > 0 &&
      `${t("filters.platform")}: ${view.platform.map((v) => t(`platform.${v}`)).join(", ")}`,
  ].filter(Boolean);
  const date = new Intl.DateTimeFormat(language, { dateStyle: "long", timeStyle: "short" }).format(
    new Date(),
  );
  return (
    <div className="hidden bg-white p-4 break-words text-black print:block" data-testid="print-view">
      <header className="border-b border-black pb-2">
        <h1 className="text-xl font-bold">{t("app.name")}</h1>
        <p className="text-sm">{t("print.printedOn", { date })}</p>
        <p className="text-sm">
          {t("print.filters")}: {filters.length > 0 ? filters.join(" · ") : t("print.none")}
        </p>
        <p className="text-sm">{t("results.count", { count: alerts.length, total })}</p>
      </header>
      {alerts.map((alert) => (
        <article key={alert.id} className="break-inside-avoid border-b border-slate-400 py-3">
          <h2 className="font-semibold">{alert.title[language]}</h2>
          <p className="font-mono text-xs">{alert.id}</p>
          <p className="text-sm">
            {t("detail.severity")}: {t(`severity.${alert.severity}`)} · {t("detail.tactics")}:{" "}
            {alert.tactics.length > 0
              ? alert.tactics.map((v) => t(`tactic.${v}`)).join(", ")
              : t("tactic.none")}{" "}
            · {t("detail.platforms")}:{" "}
            {alert.platforms.length > 0
              ? alert.platforms.map((v) => t(`platform.${v}`)).join(", ")
              : t("platform.none")}
          </p>
          <div className="mt-1 text-sm">
            <DescriptionText text={alert.description[language]} />
          </div>
        </article>
      ))}
    </div>
  );
}
