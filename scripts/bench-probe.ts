/**
 * Runs in the benchmarked page before its own scripts (a Playwright init script). "Painted" is
 * the classic approximation: the first animation frame in which the DOM shows the result, then a
 * message posted from that frame's requestAnimationFrame callback, which runs once the frame has
 * been rendered. Both pages (the app and the static floor) are timed the same way.
 *
 * - firstRow: from navigation start (performance.timeOrigin) to the first frame with a table row.
 * - complete: to the first frame with a table row and nothing busy: a large catalog shows its
 *   first alerts while the rest downloads (aria-busy on the results), and this is when all is in.
 * - arm(type, condition): for the next `type` event (keydown, click), from the event's own
 *   timestamp (so time queued behind other work counts) to the first frame where `condition`
 *   holds: "next" (any frame: the app renders synchronously), "pane" (the detail pane is shown),
 *   "sorted" (the given column's aria-sort changed).
 * - settled(key): a promise of firstRow, complete or result once it is known, so the benchmark
 *   awaits one evaluation instead of polling the page (polls run on the main thread it times).
 */
export const PAINT_PROBE = `(() => {
  const bench = (window.__bench = { firstRow: null, complete: null, result: null, arm: null, settled: null });
  const waiting = { firstRow: [], complete: [], result: [] };
  const settle = (key, value) => {
    bench[key] = value;
    for (const resolve of waiting[key].splice(0)) resolve(value);
  };
  bench.settled = (key) =>
    bench[key] !== null ? Promise.resolve(bench[key]) : new Promise((resolve) => waiting[key].push(resolve));
  const afterFrame = (done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(null);
  };
  const watchRows = () => {
    if (document.querySelector("tbody tr")) afterFrame((t) => settle("firstRow", t));
    else requestAnimationFrame(watchRows);
  };
  requestAnimationFrame(watchRows);
  const watchComplete = () => {
    if (document.querySelector("tbody tr") && !document.querySelector('[aria-busy="true"]'))
      afterFrame((t) => settle("complete", t));
    else requestAnimationFrame(watchComplete);
  };
  requestAnimationFrame(watchComplete);

  const sortOf = (column) => document.querySelector('th[data-column="' + column + '"]')?.getAttribute("aria-sort");
  bench.arm = (type, condition, extra) => {
    bench.result = null;
    const before = condition === "sorted" ? sortOf(extra) : null;
    const holds = {
      next: () => true,
      pane: () => document.querySelector('[data-testid="detail-pane"]') !== null,
      sorted: () => sortOf(extra) !== before,
    }[condition];
    const listener = (event) => {
      removeEventListener(type, listener, true);
      const start = event.timeStamp;
      const check = () => {
        if (holds()) afterFrame((t) => settle("result", t - start));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    };
    addEventListener(type, listener, true);
  };
})();`;
