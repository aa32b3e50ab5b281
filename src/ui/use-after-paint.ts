import { startTransition, useEffect, useState } from "react";

/**
 * `value`, a frame late: the page first paints what changed at once (the typed letter, the ticked
 * box), then takes the new value in a transition. useDeferredValue starts that render at once,
 * where a piece of it can hold back the very frame that would show the letter.
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame's callbacks run before its paint; a task queued from one runs after it.
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
