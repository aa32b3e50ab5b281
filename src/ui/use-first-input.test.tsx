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

describe("useFirstInput", () => {
  it("does nothing until the reader does something", () => {
    const run = vi.fn();
    mount(run);
    window.dispatchEvent(new Event("scroll"));
    window.dispatchEvent(new Event("resize"));
    expect(run).not.toHaveBeenCalled();
  });

  it.each(["pointermove", "pointerdown", "keydown", "focusin"])("runs once, at the first %s", (type) => {
    const run = vi.fn();
    mount(run);
    dom.container.dispatchEvent(new Event(type, { bubbles: true }));
    expect(run).toHaveBeenCalledTimes(1);
    for (const next of ["pointermove", "keydown", "pointerdown"]) window.dispatchEvent(new Event(next));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("stops listening once unmounted", () => {
    const run = vi.fn();
    mount(run);
    act(() => dom.root.unmount());
    window.dispatchEvent(new Event("keydown"));
    expect(run).not.toHaveBeenCalled();
  });
});
