import { startTransition, useEffect, useState } from "react";

/**
 * `value`, a frame late: the page first paints what changed at once (the typed letter, the ticked
 * box), then takes the new value in a transition, from a task queued by the next frame's callback
 * so that it runs after that frame's paint. useDeferredValue starts that render at once, where a
 * piece of it can hold back the very frame that would show the letter. A change `now` says must be
 * seen at once is taken in the same render, in one piece with what lagged. In a hidden tab, where
 * no frame comes, the value waits until the tab is shown.
 */
export function useAfterPaint<T>(value: T, now: (shown: T, next: T) => boolean = () => false): T {
  const [painted, setPainted] = useState(value);
  const [latest, setLatest] = useState(value);
  if (!Object.is(latest, value)) {
    setLatest(value);
    if (now(painted, value)) setPainted(value);
  }
  useEffect(() => {
    if (Object.is(painted, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(value)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, painted]);
  return painted;
}
