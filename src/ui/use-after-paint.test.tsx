// @vitest-environment happy-dom
import { act } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { freshRoot } from "./test-root";
import { useAfterPaint } from "./use-after-paint";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const dom = freshRoot();

/** Records each value the hook gives; a value ending in "!" was painted by its control already. */
function Recorder({ value, seen }: { value: string; seen: string[] }) {
  seen.push(useAfterPaint(value, (_, next) => next.endsWith("!")));
  return null;
}

/** Frame callbacks asked for and not cancelled, run only when a test says a frame comes. */
const waiting = new Map<number, FrameRequestCallback>();
let lastId = 0;
beforeEach(() => {
  waiting.clear();
  vi.spyOn(globalThis, "requestAnimationFrame").mockImplementation((callback) => {
    waiting.set(++lastId, callback);
    return lastId;
  });
  vi.spyOn(globalThis, "cancelAnimationFrame").mockImplementation((id) => waiting.delete(id));
});
afterEach(() => vi.restoreAllMocks());

/** A frame: its callbacks run (they run before its paint). */
const frame = () =>
  act(() => {
    const due = [...waiting.values()];
    waiting.clear();
    for (const callback of due) callback(performance.now());
  });
/** The tasks queued until now run (those queued by a frame's callbacks run after its paint). */
const tasks = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe("useAfterPaint", () => {
  it("gives the first value at once, and asks for no frame", () => {
    const seen: string[] = [];
    act(() => dom.root.render(<Recorder value="a" seen={seen} />));
    expect(seen).toEqual(["a"]);
    expect(waiting.size).toBe(0);
  });

  it("gives a new value only in a task after the next frame, not in the frame itself", async () => {
    const seen: string[] = [];
    act(() => dom.root.render(<Recorder value="a" seen={seen} />));
    act(() => dom.root.render(<Recorder value="ab" seen={seen} />));
    expect(seen.at(-1)).toBe("a");
    await tasks();
    expect(seen.at(-1)).toBe("a"); // no frame yet
    await frame();
    expect(seen.at(-1)).toBe("a"); // the frame paints the old value
    await tasks();
    expect(seen.at(-1)).toBe("ab");
  });

  it("waits for one frame for the latest value, the ones passed over forgotten", async () => {
    const seen: string[] = [];
    for (const value of ["a", "ab", "abc"])
      act(() => dom.root.render(<Recorder value={value} seen={seen} />));
    expect(waiting.size).toBe(1);
    await frame();
    await tasks();
    expect(seen.at(-1)).toBe("abc");
    expect(seen).not.toContain("ab");
  });

  it("takes a value its control painted already at once, asking for no frame", async () => {
    const seen: string[] = [];
    act(() => dom.root.render(<Recorder value="a" seen={seen} />));
    await act(async () => dom.root.render(<Recorder value="ab!" seen={seen} />));
    expect(waiting.size).toBe(0);
    expect(seen.at(-1)).toBe("ab!");
  });
});
