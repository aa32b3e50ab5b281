/**
 * Runs in the benchmarked page before its own scripts (a Playwright init script), never in dist/.
 * "Painted" is the classic approximation: the first animation frame in which the DOM shows the
 * result, then a message posted from that frame's requestAnimationFrame callback, which runs once
 * the frame has been rendered. Both pages (the app and the static floor) are timed the same way.
 *
 * - firstRow: from navigation start (performance.timeOrigin) to the first frame with an alert row.
 * - allIn: to the first frame with an alert row and nothing `[aria-busy="true"]` (the app may mark
 *   the table busy while it draws the rest of a first screenful).
 * - arm(type, condition, column): for the next `type` event (keydown, click), from the event's own
 *   timestamp (so time queued behind other work counts) to the first frame where `condition`
 *   holds: "next" (any frame: the app renders input synchronously), "pane" (the detail pane is
 *   shown), "sorted" (the column's aria-sort changed). From that frame on, it also times the
 *   event to the first frame with nothing `[aria-busy="true"]` (the app marks its results busy
 *   while they lag behind the input) and appends it to `resultTimes`, unless another event is
 *   armed first (a key typed before the previous key's results came: that sample is dropped).
 * - settled(key): a promise of firstRow, allIn or result once it is known, so the benchmark awaits
 *   one evaluation instead of polling the page (polls would run on the main thread being timed).
 */
export const PAINT_PROBE = `(() => {
  const ROW = "tbody tr[data-alert-id]";
  const bench = (window.__bench = { firstRow: null, allIn: null, result: null, resultTimes: [] });
  let armed = 0;
  const busy = () => document.querySelector('[aria-busy="true"]') !== null;
  const waiting = { firstRow: [], allIn: [], result: [] };
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
  const watch = (key, holds) => {
    const check = () => (holds() ? afterFrame((t) => settle(key, t)) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  };
  // A prerendered page marked stale keeps its rows hidden until the app draws the link's view.
  const shownRow = () => document.querySelector(ROW)?.checkVisibility({ visibilityProperty: true }) === true;
  watch("firstRow", shownRow);
  watch("allIn", () => shownRow() && !busy());

  const sortOf = (column) => document.querySelector('th[data-column="' + column + '"]')?.getAttribute("aria-sort");
  bench.arm = (type, condition, column) => {
    bench.result = null;
    const before = sortOf(column);
    const holds = {
      next: () => true,
      pane: () => document.querySelector('[data-testid="detail-pane"]') !== null,
      sorted: () => sortOf(column) !== before,
    }[condition];
    const mine = ++armed;
    const listener = (event) => {
      removeEventListener(type, listener, true);
      const start = event.timeStamp;
      const results = () => {
        if (armed !== mine) return;
        if (busy()) requestAnimationFrame(results);
        else afterFrame((t) => bench.resultTimes.push(t - start));
      };
      const check = () => {
        if (!holds()) return requestAnimationFrame(check);
        afterFrame((t) => settle("result", t - start));
        results();
      };
      requestAnimationFrame(check);
    };
    addEventListener(type, listener, true);
  };
})();`;
