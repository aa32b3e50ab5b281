import { type RefObject, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";

/**
 * Which rows of a long table to draw: those in the window's viewport plus a few either side, the
 * rest stood in for by two spacer rows of the right height. The page itself scrolls (not a box in
 * it), so the scrollbar, Page Down and Home behave as on any page.
 *
 * Rows differ in height (titles wrap, chips wrap), so each drawn row is measured and remembered by
 * its alert's catalog position (typed arrays, no per-row objects: a change of the results walks
 * every row shown, 50,000 of them at most); rows never drawn count as the average of the first
 * rows measured. That estimate is then kept: were it to follow every measurement, each would move
 * every row below it, and with them the row someone is looking at.
 */

/** Rows drawn beyond each edge of the viewport, so keyboard focus always has a next row to go to. */
const OVERSCAN = 3;
const FIRST_ESTIMATE = 64;

export interface VirtualRows {
  /** Drawn rows are [start, end). */
  start: number;
  end: number;
  /** Heights of the spacers standing in for the rows before and after. */
  before: number;
  after: number;
  /** Scrolls a row (by its catalog position) into view unless it is drawn already (the pane's alert). */
  reveal: (position: number) => void;
}

/** The first index whose row ends below `y` (offsets has one more entry than there are rows). */
function rowAt(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((offsets[middle + 1] as number) > y) high = middle;
    else low = middle + 1;
  }
  return Math.max(0, low);
}

/**
 * `positions`: the catalog positions of the rows, in display order. The body's drawn rows (those
 * with data-alert-id) are the rows from `start` to `end`, in that order.
 */
export function useVirtualRows(
  positions: Int32Array,
  body: RefObject<HTMLTableSectionElement | null>,
): VirtualRows {
  // Measured heights by catalog position; 0 where none yet.
  const heights = useRef(new Float64Array(0));
  const estimate = useRef<number | null>(null);
  const [version, setVersion] = useState(0);
  const revealing = useRef<number | null>(null);
  const [revealed, setRevealed] = useState(0);
  const [viewport, setViewport] = useState({
    top: 0,
    bottom: typeof window === "undefined" ? 1000 : innerHeight,
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: version says the measurements changed
  const offsets = useMemo(() => {
    const guess = estimate.current ?? FIRST_ESTIMATE;
    const known = heights.current;
    const result = new Float64Array(positions.length + 1);
    let y = 0;
    for (let i = 0; i < positions.length; i++) {
      y += known[positions[i] as number] || guess; // beyond the array: not measured either
      result[i + 1] = y;
    }
    return result;
  }, [positions, version]);

  const readViewport = useCallback(() => {
    const element = body.current;
    if (!element) return;
    const top = -element.getBoundingClientRect().top;
    setViewport((current) =>
      current.top === top && current.bottom === top + innerHeight
        ? current
        : { top, bottom: top + innerHeight },
    );
  }, [body]);

  useEffect(() => {
    readViewport();
    addEventListener("scroll", readViewport, { passive: true });
    addEventListener("resize", readViewport);
    return () => {
      removeEventListener("scroll", readViewport);
      removeEventListener("resize", readViewport);
    };
  }, [readViewport]);

  const count = positions.length;
  const start = Math.max(0, rowAt(offsets, viewport.top) - OVERSCAN);
  const end = Math.min(count, rowAt(offsets, viewport.bottom) + 1 + OVERSCAN);

  // The body's width, watched after layout (no extra layout): another width wraps text differently,
  // so the drawn rows are measured again. Heights remembered at the old width stay until redrawn.
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = body.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [body]);

  // Measure the drawn rows before the browser paints, when they or the width change (not on every
  // render: opening the detail pane or ticking a facet must not force a layout of its own).
  // biome-ignore lint/correctness/useExhaustiveDependencies: start, end, positions, width and revealed say when
  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    const drawn = element.querySelectorAll<HTMLTableRowElement>(":scope > tr[data-alert-id]");
    let changed = false;
    let total = 0;
    drawn.forEach((row, i) => {
      const position = positions[start + i];
      if (position === undefined) return;
      const height = row.getBoundingClientRect().height;
      total += height;
      if (Math.abs((heights.current[position] ?? 0) - height) < 0.5) return;
      if (position >= heights.current.length) {
        const grown = new Float64Array(Math.max(position + 1, heights.current.length * 2));
        grown.set(heights.current);
        heights.current = grown;
      }
      heights.current[position] = height;
      changed = true;
    });
    if (estimate.current === null && drawn.length > 0) estimate.current = total / drawn.length;
    if (changed) setVersion((v) => v + 1);
    readViewport(); // what is above the table may have moved it without any scrolling

    const target = revealing.current;
    if (target === null) return;
    const index = positions.indexOf(target);
    const row = index >= start && index < end ? drawn[index - start] : undefined;
    if (row) {
      revealing.current = null;
      const box = row.getBoundingClientRect();
      if (box.top < 0 || box.bottom > innerHeight) scrollBy({ top: box.top - innerHeight / 3 });
    } else if (index === -1) {
      revealing.current = null;
    } else {
      // Not drawn: scroll to where the estimate puts it; once drawn, the next pass places it exactly.
      scrollTo({
        top: element.getBoundingClientRect().top + scrollY + (offsets[index] ?? 0) - innerHeight / 3,
      });
    }
  }, [start, end, positions, width, revealed, readViewport]);

  const reveal = useCallback((position: number) => {
    revealing.current = position;
    setRevealed((n) => n + 1);
  }, []);

  return {
    start,
    end,
    before: offsets[start] ?? 0,
    after: (offsets[count] ?? 0) - (offsets[end] ?? 0),
    reveal,
  };
}
