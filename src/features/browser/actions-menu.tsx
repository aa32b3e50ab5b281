import { type KeyboardEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { CopyButton, MENU_ITEM } from "../../ui/copy-button";
import { type ExportSubject, exportChoices, saveChoice } from "../export/export-choices";
import { setQuery } from "./set-query";

export interface ActionsMenuProps extends ExportSubject {
  /** This view's query string, its language included. */
  viewLink: string;
  id: string;
  buttonId: string;
  /** `refocus`: give focus back to the menu button (Esc, a choice made), not when it went elsewhere. */
  onClose: (refocus: boolean) => void;
}

const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at, count) => (at + 1) % count,
  ArrowUp: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/** The items a menu's keys move between: those that can be used now. */
const itemsOf = (menu: HTMLElement | null) => [
  ...(menu?.querySelectorAll<HTMLElement>("[role=menuitem]:not(:disabled)") ?? []),
];

/** The menu of the Actions button: the menu pattern of WAI-ARIA (arrows, Home, End, Esc, Tab). */
export default function ActionsMenu({ viewLink, id, buttonId, onClose, ...subject }: ActionsMenuProps) {
  const { t, i18n } = useTranslation();
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    itemsOf(menu.current)[0]?.focus();
    // A press outside the menu and its button closes it.
    const onPress = (event: PointerEvent) => {
      if (!menu.current?.parentElement?.contains(event.target as Node)) onClose(false);
    };
    document.addEventListener("pointerdown", onPress);
    return () => document.removeEventListener("pointerdown", onPress);
  }, [onClose]);
  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      const all = itemsOf(menu.current);
      all[move(all.indexOf(document.activeElement as HTMLElement), all.length)]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
    } else if (event.key === "Tab") onClose(false);
  };
  const { alerts } = subject;
  return (
    <div
      ref={menu}
      id={id}
      role="menu"
      aria-labelledby={buttonId}
      onKeyDown={onKeyDown}
      className="absolute right-0 z-20 mt-1 w-64 rounded-md border border-slate-300 bg-white py-1 shadow-lg"
    >
      {exportChoices(t, subject.language, subject.catalog).map((choice) => (
        <button
          key={choice.text}
          type="button"
          role="menuitem"
          tabIndex={-1}
          disabled={alerts.length === 0}
          onClick={() => {
            void saveChoice({ t, i18n }, subject, choice);
            onClose(true);
          }}
          title={choice.hint}
          className={`${MENU_ITEM} block text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-50`}
        >
          {t("exports.label")} {choice.text}
        </button>
      ))}
      {/* Copies keep the menu open: it shows that the copy was made. */}
      {alerts.length > 0 && (
        <CopyButton
          menuItem
          text={() => setQuery(alerts, subject.catalog.page.attack?.version)}
          subject={alerts}
          label={t("view.copyKql", { count: alerts.length })}
        />
      )}
      <CopyButton
        menuItem
        text={() => new URL(viewLink, window.location.href).href}
        subject={viewLink}
        label={t("view.copyLink")}
      />
    </div>
  );
}
