import { useEffect } from "react";
import { onShortcutKey, type ShortcutActions } from "./shortcut-keys";

/** The page's keyboard shortcuts (see shortcut-keys.ts). */
export function useShortcuts({ onHelp, onStep }: ShortcutActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => onShortcutKey(event, { onHelp, onStep });
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onHelp, onStep]);
}
