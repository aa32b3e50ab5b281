import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { afterNextPaint } from "./use-after-paint";

/**
 * A control's own copy of `value`, so that a change redraws the control alone. `change(next, send)`
 * shows `next` at once and runs `send` in a task after that frame's paint; a change within the
 * same frame replaces it. A new `value` from elsewhere (Back, a link, Clear all) replaces the copy
 * and drops a change not sent yet: the later action wins. `flush` sends a pending change at once,
 * as does the control leaving the page (the phone's filter sheet closed in the frame of a tick).
 */
export function useDraft<T>(value: T) {
  const [draft, setDraft] = useState(value);
  const [given, setGiven] = useState(value);
  const [pending, setPending] = useState(false);
  if (!Object.is(value, given)) {
    setGiven(value);
    setDraft(value);
    setPending(false);
  }
  const scheduled = useRef<{ send: () => void; cancel: () => void } | null>(null);
  // Dropped before the frame is painted, so before the task that would send it.
  useLayoutEffect(() => {
    if (pending) return;
    scheduled.current?.cancel();
    scheduled.current = null;
  }, [pending]);
  useEffect(
    () => () => {
      scheduled.current?.cancel();
      scheduled.current?.send();
    },
    [],
  );

  const flush = () => {
    const due = scheduled.current;
    if (due === null) return;
    due.cancel();
    scheduled.current = null;
    setPending(false);
    due.send();
  };
  const change = (next: T, send: () => void) => {
    scheduled.current?.cancel();
    setDraft(next);
    setPending(true);
    scheduled.current = { send, cancel: afterNextPaint(flush) };
  };
  return { draft, change, flush };
}
