/**
 * Runs in the benchmarked page before its own scripts (a Playwright init script), never in dist/.
 * "Painted" is the classic approximation: the first animation frame in which the DOM shows the
 * result, then a task posted from that frame's requestAnimationFrame callback, which runs once the
 * frame has been rendered. The task is user-blocking (scheduler.postTask), so it runs before work
 * the page queued for after the paint (timers, messages), which would add its own time to the
 * frame's. Both pages (the app and the static floor) are timed the same way.
 *
 * - firstRow: from navigation start (performance.timeOrigin) to the first frame with an alert row.
 * - allIn: to the first frame with an alert row and nothing `[aria-busy="true"]` (the app may mark
 *   the table busy while it draws the rest of a first screenful).
 * - arm(type, condition, column): for the next `type` event (keydown, click), from the event's own
 *   timestamp (so time queued behind other work counts) to the first frame where `condition`
 *   holds: "next" (any frame: the app renders input synchronously), "pane" (the detail pane is
 *   shown), "sorted" (the column's aria-sort changed). It also times the event to the
 *   first frame painted once the `[aria-busy="true"]` mark the event brought is gone (the app
 *   marks its results busy while they lag behind its view, which may itself follow the input a
 *   frame later) and appends it to `resultTimes`, unless another event is armed first (a key
 *   typed before the previous key's results came: that sample is dropped). It appends to
 *   `frames` which animation frame after the event first met `condition` (1: the next one).
 * - settled(key): a promise of firstRow, allIn or result once it is known, so the benchmark awaits
 *   one evaluation instead of polling the page (polls would run on the main thread being timed).
 */
export const PAINT_PROBE = `(() => {
  const ROW = "tbody tr[data-alert-id]";
  const bench = (window.__bench = { firstRow: null, allIn: null, result: null, resultTimes: [], frames: [] });
  let armed = 0;
  const busy = () => document.querySelector('[aria-busy="true"]') !== null;
  const waiting = { firstRow: [], allIn: [], result: [] };
  const settle = (key, value) => {
    bench[key] = value;
    for (const resolve of waiting[key].splice(0)) resolve(value);
  };
  bench.settled = (key) =>
    bench[key] !== null ? Promise.resolve(bench[key]) : new Promise((resolve) => waiting[key].push(resolve));
  const afterFrame = (done) => scheduler.postTask(() => done(performance.now()), { priority: "user-blocking" });
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
      // The results: the first frame painted once the busy mark this event brought is gone.
      let seenBusy = false;
      const results = new MutationObserver(() => {
        if (armed !== mine) return results.disconnect();
        if (busy()) seenBusy = true;
        else if (seenBusy) {
          results.disconnect();
          requestAnimationFrame(() => afterFrame((t) => armed === mine && bench.resultTimes.push(t - start)));
        }
      });
      results.observe(document, { subtree: true, attributes: true, attributeFilter: ["aria-busy"] });
      let frame = 0;
      const check = () => {
        frame += 1;
        if (!holds()) return requestAnimationFrame(check);
        bench.frames.push(frame);
        afterFrame((t) => settle("result", t - start));
      };
      requestAnimationFrame(check);
    };
    addEventListener(type, listener, true);
  };
})();`;
