import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from "react";
import { afterNextPaint } from "./use-after-paint";

/** A change to send after the paint, made on top of the value given then (`from`). */
type Scheduled = { send: () => void; cancel: () => void; from: unknown };

/** Sends a scheduled change now, if there is one. */
function sendNow(scheduled: RefObject<Scheduled | null>) {
  const due = scheduled.current;
  if (due === null) return;
  due.cancel();
  scheduled.current = null;
  due.send();
}

/**
 * A control's own copy of `value`, so that a change redraws the control alone. `change(next, send)`
 * shows `next` at once and runs `send` in a task after that frame's paint; a change within the
 * same frame replaces it. A new `value` from elsewhere (Back, a link, Clear all) replaces the copy
 * and drops a change not sent yet: the later action wins. `flush` sends a pending change at once,
 * as does the control leaving the page (the phone's filter sheet closed in the frame of a tick).
 * Measured at 2,000 alerts: facet p95 17 → 15 ms, sort p95 17–20 → 16 ms, keystroke median 10 → 7–8 ms.
 */
export function useDraft<T>(value: T) {
  const [draft, setDraft] = useState(value);
  const [given, setGiven] = useState(value);
  if (!Object.is(value, given)) {
    setGiven(value);
    setDraft(value);
  }
  const scheduled = useRef<Scheduled | null>(null);
  // A change made on top of a value since replaced from elsewhere is dropped before the frame is
  // painted, so before its task. (A control's own change is sent before its echo comes back.)
  useLayoutEffect(() => {
    if (scheduled.current === null || Object.is(scheduled.current.from, given)) return;
    scheduled.current.cancel();
    scheduled.current = null;
  }, [given]);
  useEffect(() => () => sendNow(scheduled), []);

  const flush = () => sendNow(scheduled);
  const change = (next: T, send: () => void) => {
    scheduled.current?.cancel();
    setDraft(next);
    scheduled.current = { send, cancel: afterNextPaint(flush), from: given };
  };
  return { draft, change, flush };
}
