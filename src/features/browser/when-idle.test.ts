import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_SLICE_MS, whenIdle } from "./when-idle";

/** A browser whose idle periods are run by hand, each one a long one (50 ms, nothing else to do). */
let queued: IdleRequestCallback[];
let now: number;
const runIdlePeriod = () => {
  const callback = queued.shift();
  const ends = now + 50;
  callback?.({ didTimeout: false, timeRemaining: () => Math.max(0, ends - now) });
};

beforeEach(() => {
  queued = [];
  now = 0;
  vi.spyOn(performance, "now").mockImplementation(() => now);
  vi.stubGlobal("window", {
    requestIdleCallback: (callback: IdleRequestCallback) => queued.push(callback),
    cancelIdleCallback: (handle: number) => queued.splice(handle - 1, 1),
  });
  vi.stubGlobal("navigator", {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A task of `units` steps of 1 ms each, asking stop() after each; records each slice's length. */
function steps(units: number) {
  let done = 0;
  const slices: number[] = [];
  const task = (stop: () => boolean) => {
    let slice = 0;
    while (done < units) {
      now += 1;
      done++;
      slice++;
      if (stop()) break;
    }
    slices.push(slice);
    return done === units;
  };
  return { task, slices, done: () => done };
}

describe("whenIdle", () => {
  it("runs the tasks in order, each over as many idle periods as it needs", () => {
    const first = steps(120);
    const second = steps(3);
    whenIdle([first.task, second.task]);
    while (queued.length > 0) runIdlePeriod();
    expect(first.done()).toBe(120);
    expect(second.done()).toBe(3);
    expect(first.slices.length).toBeGreaterThan(1);
    expect(second.slices).toEqual([3]);
  });

  it("without a way to see pending input, ends a slice after MAX_SLICE_MS, not at the 50 ms deadline", () => {
    const work = steps(100);
    whenIdle([work.task]);
    runIdlePeriod();
    expect(work.slices).toEqual([MAX_SLICE_MS]);
    expect(MAX_SLICE_MS).toBeLessThan(50);
  });

  it("where the browser says input is waiting, ends the slice at once, and only then", () => {
    let inputAt = Number.POSITIVE_INFINITY;
    vi.stubGlobal("navigator", { scheduling: { isInputPending: () => now >= inputAt } });
    const work = steps(500);
    whenIdle([work.task]);
    runIdlePeriod(); // no input: the slice runs to the idle deadline
    inputAt = now + 3; // a key, 3 ms into the next slice
    runIdlePeriod();
    inputAt = Number.POSITIVE_INFINITY;
    runIdlePeriod();
    expect(work.slices).toEqual([50, 3, 50]);
  });

  it("stops when cancelled", () => {
    const work = steps(500);
    const cancel = whenIdle([work.task]);
    runIdlePeriod();
    cancel();
    while (queued.length > 0) runIdlePeriod();
    expect(work.done()).toBeLessThan(500);
  });
});
