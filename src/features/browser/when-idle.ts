/**
 * Runs each task in a task of its own once the page has painted and is idle (or soon after, where
 * requestIdleCallback is missing), so a keystroke or click never waits behind more than one.
 * Returns a function that cancels the tasks not yet run (an effect's cleanup).
 */
export function whenIdle(tasks: readonly (() => unknown)[]): () => void {
  let cancelled = false;
  let handle: number | undefined;
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 50));
  const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
  const runFrom = (i: number) => {
    if (cancelled || i >= tasks.length) return;
    handle = idle(() => {
      tasks[i]?.();
      runFrom(i + 1);
    });
  };
  runFrom(0);
  return () => {
    cancelled = true;
    if (handle !== undefined) cancelIdle(handle);
  };
}
