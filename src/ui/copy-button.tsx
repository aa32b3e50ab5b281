import { useEffect, useRef, useState } from "react";
import { useTranslation } from "../i18n/translation-context";

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

interface CopyButtonProps {
  /**
   * The text, or a function making it when clicked (for texts too costly to build each render, or
   * made by code that loads after the first view: then a promise, which rejects if it cannot be made).
   */
  text: string | (() => string | Promise<string>);
  label: string;
  className?: string;
}

export function CopyButton({ text, label, className = "" }: CopyButtonProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  // What the button copies follows the view; a result shown for an earlier text is stale.
  const [shownFor, setShownFor] = useState(label);
  if (shownFor !== label) {
    setShownFor(label);
    setStatus("idle");
  }
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
      onClick={async () => {
        const made = typeof text === "function" ? text() : text;
        // A text at hand is written in the click itself, as some browsers require.
        const copied = await (typeof made === "string"
          ? writeClipboard(made)
          : made.then(writeClipboard, () => false));
        show(copied ? "copied" : "failed");
      }}
      className={`inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 ${className}`}
    >
      {label}
      <span aria-live="polite" className={status === "idle" ? "sr-only" : "text-emerald-800"}>
        {status === "copied" ? `✓ ${t("detail.copied")}` : status === "failed" ? t("detail.copyFailed") : ""}
      </span>
    </button>
  );
}
