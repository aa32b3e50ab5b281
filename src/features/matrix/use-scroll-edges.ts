import { type RefObject, useEffect, useState } from "react";

/**
 * Whether a box scrolled sideways shows its first and its last column: where scroll cues belong.
 * It also keeps a cell reached by Tab from scrolling under the fixed first column (2.4.11).
 */
export function useScrollEdges(box: RefObject<HTMLElement | null>) {
  const [edges, setEdges] = useState({ start: true, end: true });
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const { scrollLeft, scrollWidth, clientWidth } = element;
      element.style.scrollPaddingLeft = `${element.querySelector("th")?.offsetWidth ?? 0}px`;
      // A pixel of slack: zoomed pages scroll by fractions.
      const next = { start: scrollLeft <= 1, end: scrollLeft + clientWidth >= scrollWidth - 1 };
      setEdges((was) => (was.start === next.start && was.end === next.end ? was : next));
    };
    // Chromium's focus scrolling leaves a cell half under the fixed column: bring it out.
    const onFocus = (event: FocusEvent) => {
      const fixed = element.querySelector("th")?.getBoundingClientRect().right ?? 0;
      const hidden = fixed - (event.target as HTMLElement).getBoundingClientRect().left;
      if (hidden > 0 && !(event.target as HTMLElement).closest("th")) element.scrollLeft -= hidden;
    };
    measure();
    element.addEventListener("focusin", onFocus);
    element.addEventListener("scroll", measure, { passive: true });
    const resized = new ResizeObserver(measure);
    resized.observe(element);
    return () => {
      element.removeEventListener("focusin", onFocus);
      element.removeEventListener("scroll", measure);
      resized.disconnect();
    };
  }, [box]);
  return edges;
}
