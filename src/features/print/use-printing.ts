import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/** True while the page is printed (or print media is emulated): only then is the print view built. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const query = window.matchMedia?.("print");
    const onChange = () => setPrinting(query?.matches ?? false);
    onChange();
    // The browser takes its snapshot right after beforeprint: render synchronously before that.
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
  return printing;
}
