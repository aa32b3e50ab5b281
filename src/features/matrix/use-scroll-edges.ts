import { type RefObject, useEffect, useState } from "react";

/** Whether a box scrolled sideways shows its first and its last column: where scroll cues belong. */
export function useScrollEdges(box: RefObject<HTMLElement | null>) {
  const [edges, setEdges] = useState({ start: true, end: true });
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const { scrollLeft, scrollWidth, clientWidth } = element;
      // A pixel of slack: zoomed pages scroll by fractions.
      const next = { start: scrollLeft <= 1, end: scrollLeft + clientWidth >= scrollWidth - 1 };
      setEdges((was) => (was.start === next.start && was.end === next.end ? was : next));
    };
    measure();
    element.addEventListener("scroll", measure, { passive: true });
    const resized = new ResizeObserver(measure);
    resized.observe(element);
    return () => {
      element.removeEventListener("scroll", measure);
      resized.disconnect();
    };
  }, [box]);
  return edges;
}
