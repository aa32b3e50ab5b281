/**
 * Work for idle time, in slices: a task gets a `stop()` that turns true when the browser's idle
 * period is over, and returns true once finished (false: call me again later). So a keystroke or
 * click never waits behind more than a few milliseconds of it, however large the catalog.
 * Returns a function that cancels what has not run yet (an effect's cleanup).
 */
export type IdleTask = (stop: () => boolean) => boolean;

/** Where requestIdleCallback is missing: slices this long, a little apart. */
const FALLBACK_SLICE_MS = 8;

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
  const runFrom = (i: number) => {
    if (cancelled || i >= tasks.length) return;
    handle = idle((deadline) => {
      const finished = tasks[i]?.(() => deadline.timeRemaining() < 1) ?? true;
      runFrom(finished ? i + 1 : i);
    });
  };
  runFrom(0);
  return () => {
    cancelled = true;
    if (handle !== undefined) cancelIdle(handle);
  };
}
