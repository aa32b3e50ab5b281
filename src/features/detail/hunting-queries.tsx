import { useTranslation } from "react-i18next";
import type { Alert } from "../../catalog/schema";
import {
  DEFAULT_LOOKBACK_DAYS,
  resourceGraphQuery,
  retiredAmong,
  sentinelQuery,
} from "../../hunting/queries";
import { CopyButton } from "../../ui/copy-button";

function QueryBlock({ label, query }: { label: string; query: string }) {
  const { t } = useTranslation();
  return (
    <div className="mt-3">
      <div className="flex items-center justify-between gap-2">
        <h4 className="text-sm font-medium text-slate-800">{label}</h4>
        <CopyButton text={query} label={t("hunt.copy")} />
      </div>
      {/* A focusable region, so keyboard users can scroll a long line sideways. */}
      <section
        aria-label={label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
        className="mt-1 overflow-x-auto rounded-md bg-code p-3 text-on-code scheme-dark"
      >
        <pre translate="no" className="font-mono text-xs leading-relaxed">
          <code>{query}</code>
        </pre>
      </section>
    </div>
  );
}

/** Ready-to-paste queries that find this alert in Sentinel and in Azure Resource Graph. */
export function HuntingQueries({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const { id } = alert;
  const retired = retiredAmong([alert]);
  return (
    <section className="mt-6 print:hidden" aria-labelledby="hunting-title">
      <h3 id="hunting-title" className="text-sm font-semibold tracking-wide text-slate-700 uppercase">
        {t("hunt.title")}
      </h3>
      <QueryBlock label={t("hunt.sentinel")} query={sentinelQuery([id], DEFAULT_LOOKBACK_DAYS, retired)} />
      <p className="mt-1 text-xs text-slate-600">{t("hunt.window", { days: DEFAULT_LOOKBACK_DAYS })}</p>
      <QueryBlock label={t("hunt.resourceGraph")} query={resourceGraphQuery([id], retired)} />
    </section>
  );
}
