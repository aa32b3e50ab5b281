import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Catalog, Change, Language } from "../../catalog/schema";
import { useLaterStrings } from "../../i18n/later-strings";
import { siteRootPath } from "../../url/site";
import { ChangeEntry } from "./change-entry";

interface ChangesViewProps {
  catalog: Catalog;
  changes: readonly Change[];
  language: Language;
  hrefFor: (id: string) => string;
  onOpen: (id: string) => void;
}

/** The dated events of the catalog, newest first, each with its alerts and sources. */
export default function ChangesView({ catalog, changes, language, hrefFor, onOpen }: ChangesViewProps) {
  useLaterStrings();
  const { t } = useTranslation();
  const alerts = useMemo(() => new Map(catalog.alerts.map((alert) => [alert.id, alert])), [catalog]);
  return (
    <section aria-labelledby="changes-title" data-testid="changes" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="changes-title" className="text-lg font-semibold text-slate-950">
          {t("changes.title")}
        </h2>
        <a
          // The feed sits beside catalog.json at the site's root: relative, so any path works.
          href={`${siteRootPath()}changes.xml`}
          type="application/atom+xml"
          className="text-sm text-blue-800 underline underline-offset-2 hover:text-blue-950"
        >
          {t("changes.feed")}
        </a>
      </div>
      <p className="text-sm text-slate-700">{t("changes.intro")}</p>
      {changes.length === 0 ? (
        <p className="text-sm text-slate-700">{t("changes.none")}</p>
      ) : (
        <ol className="space-y-3">
          {changes.map((change) => (
            <li key={change.id}>
              <ChangeEntry
                change={change}
                alerts={alerts}
                language={language}
                hrefFor={hrefFor}
                onOpen={onOpen}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
