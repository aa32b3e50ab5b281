import type { MouseEvent } from "react";
import type { Alert } from "../../catalog/schema";
import { AlertIdText } from "../../ui/alert-id-text";
import { Highlighted } from "../../ui/highlighted";
import { PlatformList } from "../../ui/platform-list";
import { StatusBadge } from "../../ui/status-badge";
import { TacticChips } from "../../ui/tactic-chip";
import { DescriptionSnippet } from "./description-snippet";
import { useTableContext } from "./table-context";

/** The title is a real link to the alert's view, so it can be opened in a tab or copied. */
export function TitleCell({ alert }: { alert: Alert }) {
  const { language, terms, openAlert, hrefFor, activeTactics, toggleTactic } = useTableContext();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    openAlert(alert);
  };
  return (
    <div className="min-w-0 leading-snug">
      <a
        href={hrefFor(alert)}
        onClick={onClick}
        data-alert-link={alert.id}
        className="font-medium break-words text-slate-900 hover:text-blue-800 hover:underline"
      >
        <Highlighted text={alert.title[language]} terms={terms} />
      </a>
      {alert.status === "deprecated" && (
        <>
          {" "}
          <StatusBadge alert={alert} language={language} />
        </>
      )}
      {terms.length > 0 && <DescriptionSnippet alert={alert} language={language} terms={terms} />}
      <code className="mt-0.5 block font-mono text-xs break-words text-slate-600 @6xl:hidden">
        <AlertIdText id={alert.id} />
      </code>
      <div className="mt-1 flex flex-wrap items-center gap-2 @4xl:hidden">
        <span className="contents @2xl:hidden">
          <TacticChips tactics={alert.tactics} active={activeTactics} onToggle={toggleTactic} />
        </span>
        <PlatformList platforms={alert.platforms} />
      </div>
      {/* A prerendered page read without JavaScript has no detail pane: the row says it all. */}
      <p
        data-testid="row-description"
        className="mt-1 hidden text-sm leading-relaxed text-slate-800 first-letter:uppercase nojs:block"
      >
        {alert.description[language]}
      </p>
    </div>
  );
}
