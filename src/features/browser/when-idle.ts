/**
 * Work for idle time, in slices: a task gets a `stop()` that turns true when its slice is over,
 * and returns true once finished (false: call me again later). A slice ends with the browser's
 * idle period, and sooner for input: where the browser can tell that a key or click is waiting
 * (isInputPending, in Chromium), at once; elsewhere after at most MAX_SLICE_MS. An idle period
 * with nothing else to do lasts 50 ms, and a keystroke arriving during one used to wait for it.
 * Returns a function that cancels what has not run yet (an effect's cleanup).
 */
export type IdleTask = (stop: () => boolean) => boolean;

/** Where requestIdleCallback is missing: slices this long, a little apart. */
const FALLBACK_SLICE_MS = 8;
/** The longest slice where the browser cannot say whether input is waiting: about a frame. */
export const MAX_SLICE_MS = 16;

interface Scheduling {
  isInputPending?: () => boolean;
}

export function whenIdle(tasks: readonly IdleTask[]): () => void {
  let cancelled = false;
  let handle: number | undefined;
  const idle =
    window.requestIdleCallback ??
    ((run: IdleRequestCallback) =>
      window.setTimeout(() => {
        const start = performance.now();
        run({
          didTimeout: false,
          timeRemaining: () => Math.max(0, FALLBACK_SLICE_MS - (performance.now() - start)),
        });
      }, 50));
  const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
  const scheduling = (navigator as { scheduling?: Scheduling }).scheduling;
  const sliceOver = scheduling?.isInputPending
    ? () => scheduling.isInputPending?.() === true
    : (began: number) => performance.now() - began >= MAX_SLICE_MS;
  const runFrom = (i: number) => {
    if (cancelled || i >= tasks.length) return;
    handle = idle((deadline) => {
      const began = performance.now();
      const stop = () => deadline.timeRemaining() < 1 || sliceOver(began);
      const finished = tasks[i]?.(stop) ?? true;
      runFrom(finished ? i + 1 : i);
    });
  };
  runFrom(0);
  return () => {
    cancelled = true;
    if (handle !== undefined) cancelIdle(handle);
  };
}
