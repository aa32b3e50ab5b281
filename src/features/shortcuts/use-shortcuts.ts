import { useEffect } from "react";
import { onShortcutKey } from "./shortcut-keys";

/** The page's keyboard shortcuts (see shortcut-keys.ts); `onHelp` opens their list. */
export function useShortcuts(onHelp: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => onShortcutKey(event, onHelp);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onHelp]);
}
