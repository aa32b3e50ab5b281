import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Alert, Change, Erratum, Language } from "../../catalog/schema";
import type { Tactic } from "../../catalog/taxonomy";
import { useLaterStrings } from "../../i18n/later-strings";
import { AlertIdText } from "../../ui/alert-id-text";
import { CopyButton } from "../../ui/copy-button";
import { inertOutside } from "../../ui/inert-outside";
import { PlatformList } from "../../ui/platform-list";
import { SeverityBadge } from "../../ui/severity-badge";
import { StatusBadge } from "../../ui/status-badge";
import { TacticChips } from "../../ui/tactic-chip";
import { useMediaQuery } from "../../ui/use-media-query";
import type { MappingReasons } from "../about/use-page-notes";
import { AlertHistory } from "./alert-history";
import { DescriptionSection } from "./description-section";
import { HuntingQueries } from "./hunting-queries";
import { StatusNotice } from "./status-notice";
import { TechniqueList } from "./technique-list";

interface DetailPaneProps {
  alert: Alert;
  language: Language;
  /** Position in the current filtered, sorted list; null when the alert is filtered out. */
  position: { index: number; count: number; previous: Alert | null; next: Alert | null } | null;
  link: string;
  activeTactics: readonly Tactic[];
  onToggleTactic: (tactic: Tactic) => void;
  onNavigate: (alert: Alert) => void;
  onClose: () => void;
  bilingual: boolean;
  onBilingualChange: (bilingual: boolean) => void;
  /** The dated events that concern this alert, newest first. */
  history: readonly Change[];
  /** The French page's errata for this alert. */
  errata: readonly Erratum[];
  techniqueNames: ReadonlyMap<string, string>;
  /** Our mapping's reasons; undefined while they load. */
  reasons: MappingReasons | undefined;
  attackVersion: string | null;
}

/** A side panel on wide screens, a full-screen sheet on narrow ones; named after the alert. */
export function DetailPane(props: DetailPaneProps) {
  useLaterStrings();
  const { alert, language, position, link, activeTactics, onToggleTactic, onNavigate, onClose } = props;
  const { bilingual, onBilingualChange, history, errata, techniqueNames, reasons, attackVersion } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  // Below the lg breakpoint the pane is a full-screen sheet: what it hides must not take focus.
  const pane = useRef<HTMLElement>(null);
  const fullScreen = useMediaQuery("(max-width: 1023.98px)");
  useEffect(() => (fullScreen && pane.current ? inertOutside(pane.current) : undefined), [fullScreen]);

  // The pane is drawn anew for each alert (its key), and focus moves to the new one's title.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const navButton =
    "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50";
  return (
    <aside
      ref={pane}
      aria-labelledby={titleId}
      data-testid="detail-pane"
      className="fixed inset-0 z-30 overflow-y-auto bg-white p-4 lg:sticky lg:top-0 lg:z-auto lg:h-screen lg:border-l lg:border-slate-200 lg:shadow-none"
    >
      <div className="flex items-center gap-2">
        <button
          type="button"
          className={navButton}
          disabled={!position?.previous}
          onClick={() => position?.previous && onNavigate(position.previous)}
          aria-label={t("detail.previous")}
        >
          ←
        </button>
        <button
          type="button"
          className={navButton}
          disabled={!position?.next}
          onClick={() => position?.next && onNavigate(position.next)}
          aria-label={t("detail.next")}
        >
          →
        </button>
        {position && (
          <span className="text-sm text-slate-600">
            {t("detail.position", { index: position.index + 1, count: position.count })}
          </span>
        )}
        <button
          type="button"
          onClick={onClose}
          className="ml-auto rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          ✕ {t("detail.close")}
        </button>
      </div>

      <h2
        id={titleId}
        ref={heading}
        tabIndex={-1}
        className="mt-4 text-xl font-semibold break-words text-slate-950"
      >
        {alert.title[language]}
      </h2>
      {language === "en" && (
        <p className="mt-1 text-xs text-slate-600 italic" data-provenance="title">
          {t(alert.titleSource === "microsoft" ? "provenance.microsoftName" : "provenance.ourTitle")}
        </p>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code className="rounded bg-slate-100 px-2 py-1 font-mono text-sm wrap-anywhere text-slate-900 select-all">
          <AlertIdText id={alert.id} />
        </code>
        <CopyButton text={alert.id} label={t("detail.copyId")} />
      </div>
      <StatusNotice alert={alert} language={language} />

      <dl className="mt-4 grid grid-cols-[auto_1fr] items-start gap-x-4 gap-y-3 text-sm">
        <dt className="font-medium text-slate-600">{t("detail.severity")}</dt>
        <dd>
          <SeverityBadge severity={alert.severity} />
        </dd>
        <dt className="font-medium text-slate-600">{t("detail.tactics")}</dt>
        <dd>
          <TacticChips tactics={alert.tactics} active={activeTactics} onToggle={onToggleTactic} />
        </dd>
        <dt className="font-medium text-slate-600">{t("detail.techniques")}</dt>
        <dd>
          <TechniqueList
            alert={alert}
            language={language}
            names={techniqueNames}
            reasons={reasons}
            attackVersion={attackVersion}
          />
        </dd>
        <dt className="font-medium text-slate-600">{t("detail.platforms")}</dt>
        <dd>
          <PlatformList platforms={alert.platforms} />
        </dd>
        <dt className="font-medium text-slate-600">{t("detail.status")}</dt>
        <dd data-testid="detail-status">
          {alert.status === "deprecated" ? (
            <StatusBadge alert={alert} language={language} />
          ) : (
            t("status.active")
          )}
        </dd>
      </dl>

      <DescriptionSection
        alert={alert}
        errata={errata}
        language={language}
        bilingual={bilingual}
        onBilingualChange={onBilingualChange}
      />

      <div className="mt-5">
        <CopyButton text={link} label={t("detail.copyLink")} />
      </div>
      <AlertHistory changes={history} language={language} />
      <HuntingQueries alert={alert} />
    </aside>
  );
}
