import { lazy, Suspense, useCallback, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ActionsMenuProps } from "./actions-menu";

// Opened on a phone only, and on demand: not in the first view.
const ActionsMenu = lazy(() => import("./actions-menu"));

/** On a phone, the exports and copies in one menu button, in place of the toolbar's row of buttons. */
export function ActionsButton(props: Omit<ActionsMenuProps, "id" | "buttonId" | "onClose">) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);
  return (
    <div className="relative ml-auto md:hidden nojs:hidden">
      <button
        ref={button}
        id={`${id}-button`}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          // ↓ and ↑ open the menu too, as in a native one.
          if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
          event.preventDefault();
          setOpen(true);
        }}
        className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        {t("actions.label")} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ActionsMenu {...props} id={`${id}-menu`} buttonId={`${id}-button`} onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
