// @vitest-environment happy-dom
import { act } from "react";
import { describe, expect, it, vi } from "vitest";
import { freshRoot } from "./test-root";
import { useFirstInput } from "./use-first-input";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const dom = freshRoot();

function Watcher({ act: run }: { act: () => void }) {
  useFirstInput(run);
  return null;
}

const mount = (run: () => void) => act(() => dom.root.render(<Watcher act={run} />));
/** The next frame is painted and the tasks it queued have run. */
const afterPaint = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 1))));

describe("useFirstInput", () => {
  it("does nothing until the reader does something", async () => {
    const run = vi.fn();
    mount(run);
    window.dispatchEvent(new Event("scroll"));
    window.dispatchEvent(new Event("resize"));
    await afterPaint();
    expect(run).not.toHaveBeenCalled();
  });

  it.each(["pointermove", "pointerdown", "keydown", "focusin"])(
    "runs once, after the frame that follows the first %s",
    async (type) => {
      const run = vi.fn();
      mount(run);
      dom.container.dispatchEvent(new Event(type, { bubbles: true }));
      expect(run).not.toHaveBeenCalled(); // not in the input's own task
      await afterPaint();
      expect(run).toHaveBeenCalledTimes(1);
      for (const next of ["pointermove", "keydown", "pointerdown"]) window.dispatchEvent(new Event(next));
      await afterPaint();
      expect(run).toHaveBeenCalledTimes(1);
    },
  );

  it("stops listening once unmounted, and drops a run not yet made", async () => {
    const run = vi.fn();
    mount(run);
    window.dispatchEvent(new Event("keydown"));
    act(() => dom.root.unmount());
    window.dispatchEvent(new Event("keydown"));
    await afterPaint();
    expect(run).not.toHaveBeenCalled();
  });
});
