import { useTranslation } from "react-i18next";
import type { Change, Language } from "../../catalog/schema";
import { ChangeDate } from "../../ui/change-date";
import { SourceLink } from "../../ui/source-link";

/** The dated events that concern this alert, newest first, each with its sources. */
export function AlertHistory({ changes, language }: { changes: readonly Change[]; language: Language }) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <section className="mt-5" aria-labelledby="history-title" data-testid="alert-history">
      <h3 id="history-title" className="text-sm font-semibold tracking-wide text-slate-700 uppercase">
        {t("history.title")}
      </h3>
      <ol className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3 text-sm">
        {changes.map((change) => (
          <li key={change.id} data-change={change.id}>
            <p className="text-xs font-medium text-slate-600">
              <ChangeDate change={change} language={language} />
            </p>
            <p className="font-medium text-slate-900">{change.title[language]}</p>
            <p className="text-slate-700">
              {change.sources.map((source, index) => (
                <span key={source.url + (source.where ?? "")}>
                  {index > 0 && "; "}
                  <SourceLink source={source} />
                </span>
              ))}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
