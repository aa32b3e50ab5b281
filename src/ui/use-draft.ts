import { useEffect, useRef, useState } from "react";
import { afterNextPaint } from "./use-after-paint";

/**
 * A control's own copy of `value`, so that a change redraws the control alone. `change(next, send)`
 * shows `next` at once and runs `send` in a task after that frame's paint; a change within the
 * same frame replaces it. A new `value` from elsewhere (Back, a link, the empty state's Clear)
 * replaces the copy, unless a change is still to be sent. `flush` sends a pending change at once.
 */
export function useDraft<T>(value: T) {
  const [draft, setDraft] = useState(value);
  const [given, setGiven] = useState(value);
  const [pending, setPending] = useState(false);
  if (!Object.is(value, given)) {
    setGiven(value);
    if (!pending) setDraft(value);
  }
  const scheduled = useRef<{ send: () => void; cancel: () => void } | null>(null);
  useEffect(() => () => scheduled.current?.cancel(), []);

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
