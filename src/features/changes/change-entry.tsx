import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Alert, Change, Language } from "../../catalog/schema";
import { AlertIdText } from "../../ui/alert-id-text";
import { ChangeDate } from "../../ui/change-date";
import { SourceLink } from "../../ui/source-link";

interface ChangeEntryProps {
  change: Change;
  alerts: ReadonlyMap<string, Alert>;
  language: Language;
  hrefFor: (id: string) => string;
  onOpen: (id: string) => void;
}

/** One dated event: what happened, to which alerts, and the sources that say so. */
export function ChangeEntry({ change, alerts, language, hrefFor, onOpen }: ChangeEntryProps) {
  const { t } = useTranslation();
  const open = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(id);
  };
  return (
    <article
      id={`change-${change.id}`}
      data-change={change.id}
      aria-labelledby={`change-title-${change.id}`}
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-800 uppercase">
          {t(`changes.kind.${change.kind}`)}
        </span>
        <ChangeDate change={change} language={language} />
        {change.from && change.to && (
          <span>
            {t("changes.severity", { from: t(`severity.${change.from}`), to: t(`severity.${change.to}`) })}
          </span>
        )}
      </p>
      <h3 id={`change-title-${change.id}`} className="mt-2 text-base font-semibold text-slate-950">
        {change.title[language]}
      </h3>
      <p className="mt-1 text-sm text-slate-800">{change.summary[language]}</p>
      <h4 className="mt-3 text-xs font-semibold tracking-wide text-slate-700 uppercase">
        {t("changes.alerts")}
      </h4>
      <ul className="mt-1 space-y-0.5 text-sm">
        {change.ids.map((id) => (
          <li key={id}>
            <a
              href={hrefFor(id)}
              onClick={open(id)}
              className="break-words text-blue-800 underline underline-offset-2 hover:text-blue-950"
            >
              {alerts.get(id)?.title[language] ?? id}
            </a>{" "}
            <code className="font-mono text-xs break-words text-slate-600">
              <AlertIdText id={id} />
            </code>
          </li>
        ))}
      </ul>
      <h4 className="mt-3 text-xs font-semibold tracking-wide text-slate-700 uppercase">
        {t("changes.sources")}
      </h4>
      <ul className="mt-1 space-y-0.5 text-sm">
        {change.sources.map((source) => (
          <li key={source.url + (source.where ?? "")}>
            <SourceLink source={source} />
          </li>
        ))}
      </ul>
    </article>
  );
}
