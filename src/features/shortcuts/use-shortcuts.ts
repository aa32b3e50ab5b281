import { useEffect } from "react";
import { later, useLoaded } from "../../ui/loaded-later";

// Not in the first view: the keys work from right after it (see shortcut-keys.ts).
const keysChunk = later(() => import("./shortcut-keys"));

/**
 * The page's keyboard shortcuts, once their code is in. Returns the search box's shortcut while
 * they work, for its aria-keyshortcuts.
 */
export function useShortcuts(onHelp: () => void): string | undefined {
  const keys = useLoaded(keysChunk);
  useEffect(() => {
    if (!keys) return;
    const onKey = (event: KeyboardEvent) => keys.onShortcutKey(event, onHelp);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [keys, onHelp]);
  return keys ? "/" : undefined;
}
