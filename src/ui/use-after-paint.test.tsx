// @vitest-environment happy-dom
import { act } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { freshRoot } from "./test-root";
import { useAfterPaint } from "./use-after-paint";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const dom = freshRoot();

function Shown({ value }: { value: string }) {
  return (
    <p>
      {value} → {useAfterPaint(value)}
    </p>
  );
}

/** Records each value the hook gives; `urgent` marks a change taken at once. */
function Recorder({
  value,
  seen,
  urgent,
}: {
  value: string;
  seen: string[];
  urgent?: (next: string) => boolean;
}) {
  seen.push(useAfterPaint(value, urgent && ((_shown, next) => urgent(next))));
  return null;
}

/** The frame callbacks asked for so far, run by hand: the test says when a frame comes. */
function heldFrames() {
  const waiting: FrameRequestCallback[] = [];
  vi.spyOn(window, "requestAnimationFrame").mockImplementation((callback) => waiting.push(callback));
  vi.spyOn(window, "cancelAnimationFrame").mockImplementation((id) => {
    delete waiting[id - 1];
  });
  return async () => {
    const due = waiting.splice(0);
    await act(async () => {
      for (const callback of due) callback?.(performance.now());
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  };
}

const draw = (value: string) => act(() => dom.root.render(<Shown value={value} />));

describe("useAfterPaint", () => {
  afterEach(() => vi.restoreAllMocks());

  it("gives the first value at once", () => {
    heldFrames();
    draw("a");
    expect(dom.container.textContent).toBe("a → a");
  });

  it("gives a new value only once a frame has come, and then in the task after it", async () => {
    const frame = heldFrames();
    draw("a");
    draw("ab");
    expect(dom.container.textContent).toBe("ab → a");
    await frame();
    expect(dom.container.textContent).toBe("ab → ab");
  });

  it("skips the values passed over before a frame came", async () => {
    const frame = heldFrames();
    const seen: string[] = [];
    for (const value of ["a", "ab", "abc"])
      act(() => dom.root.render(<Recorder value={value} seen={seen} />));
    await frame();
    expect(seen.at(-1)).toBe("abc");
    expect(seen).not.toContain("ab");
  });

  it("takes at once, with whatever lagged, a change it is told is urgent", async () => {
    heldFrames();
    const seen: string[] = [];
    const urgent = (next: string) => next.endsWith("!");
    const draw = (value: string) =>
      act(() => dom.root.render(<Recorder value={value} seen={seen} urgent={urgent} />));
    draw("a");
    draw("ab");
    expect(seen.at(-1)).toBe("a");
    draw("ab!");
    expect(seen.at(-1)).toBe("ab!");
  });
});
