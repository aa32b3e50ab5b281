import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

type PrintModule = typeof import("./print-view");

/**
 * Whether the page is printed (or print media is emulated): only then is the print view built. Its
 * code loads once the page is idle, so that Ctrl+P can draw it within beforeprint: the browser
 * takes its snapshot right after, and a view still loading would print a blank page.
 */
export function usePrinting(): { printing: boolean; printModule: PrintModule | null } {
  const [printing, setPrinting] = useState(false);
  const [printModule, setPrintModule] = useState<PrintModule | null>(null);
  useEffect(() => {
    let live = true;
    // If it cannot load (offline before it was cached, a site taken down), a print loads it then.
    const load = () =>
      void import("./print-view").then((module) => live && setPrintModule(module)).catch(() => undefined);
    const idle = window.requestIdleCallback?.(load, { timeout: 5000 });
    const timer = idle === undefined ? window.setTimeout(load, 2000) : undefined;
    return () => {
      live = false;
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
  }, []);
  useEffect(() => {
    const query = window.matchMedia?.("print");
    const onChange = () => setPrinting(query?.matches ?? false);
    onChange();
    const onBefore = () => flushSync(() => setPrinting(true));
    query?.addEventListener("change", onChange);
    window.addEventListener("beforeprint", onBefore);
    window.addEventListener("afterprint", onChange);
    return () => {
      query?.removeEventListener("change", onChange);
      window.removeEventListener("beforeprint", onBefore);
      window.removeEventListener("afterprint", onChange);
    };
  }, []);
  return { printing, printModule };
}
