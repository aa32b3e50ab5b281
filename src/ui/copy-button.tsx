import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (insecure context, file://): fall back to a selected textarea.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

/** The look of an item in a menu, shared with the menu's other items. */
export const MENU_ITEM = "w-full px-3 py-2 text-left";

interface CopyButtonProps {
  /**
   * The text, or a function making it when clicked (for texts too costly to build each render, or
   * made by code that loads after the first view: then a promise, which rejects if it cannot be made).
   */
  text: string | (() => string | Promise<string>);
  label: string;
  /**
   * What is copied, for telling when it changes (a new set of alerts, the next alert): the
   * confirmation belongs to what was copied. Defaults to the text when it is at hand, else the label.
   */
  subject?: unknown;
  className?: string;
  /** An item of a menu (the phone's Actions menu): the menu moves focus between its items. */
  menuItem?: boolean;
}

export function CopyButton({
  text,
  label,
  subject: given,
  className = "",
  menuItem = false,
}: CopyButtonProps) {
  // A text made on click is a new function each render: then the label stands for it.
  const subject = given ?? (typeof text === "string" ? text : label);
  const { t } = useTranslation();
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  // A result shown for what was copied before is stale once the button copies something else.
  const [shownFor, setShownFor] = useState<unknown>(() => subject);
  if (!Object.is(shownFor, subject)) {
    setShownFor(() => subject);
    setStatus("idle");
  }
  const latest = useRef<unknown>(subject);
  useLayoutEffect(() => {
    latest.current = subject;
  });
  // Every click shows its own result for two seconds, however soon it follows the last one.
  const timer = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const show = (result: "copied" | "failed") => {
    window.clearTimeout(timer.current);
    setStatus(result);
    timer.current = window.setTimeout(() => setStatus("idle"), 2000);
  };
  return (
    <button
      type="button"
      role={menuItem ? "menuitem" : undefined}
      tabIndex={menuItem ? -1 : undefined}
      onClick={async () => {
        const clicked = subject;
        const made = typeof text === "function" ? text() : text;
        // A text at hand is written in the click itself, as some browsers require.
        const copied = await (typeof made === "string"
          ? writeClipboard(made)
          : made.then(writeClipboard, () => false));
        // A text made later may come after the button moved on to something else.
        if (Object.is(latest.current, clicked)) show(copied ? "copied" : "failed");
      }}
      className={`${menuItem ? MENU_ITEM : "rounded-md border border-slate-300 bg-white px-2 py-1"} inline-flex items-center gap-1 text-sm font-medium text-slate-800 hover:bg-slate-100 ${className}`}
    >
      {label}
      <span aria-live="polite" className={status === "idle" ? "sr-only" : "text-emerald-800"}>
        {status === "copied" ? `✓ ${t("copy.done")}` : status === "failed" ? t("copy.failed") : ""}
      </span>
    </button>
  );
}
