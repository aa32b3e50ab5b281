// @vitest-environment happy-dom
import { act, Suspense } from "react";
import { flushSync } from "react-dom";
import { describe, expect, it } from "vitest";
import { preloadableLazy } from "./preloadable-lazy";
import { freshRoot } from "./test-root";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const dom = freshRoot();
const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;

/** Draws `Component` in one synchronous render and returns what that render showed. */
function drawOnce(Component: React.ComponentType<{ name: string }>) {
  act(() =>
    flushSync(() =>
      dom.root.render(
        <Suspense fallback={<p>waiting</p>}>
          <Component name="analyst" />
        </Suspense>,
      ),
    ),
  );
  return dom.container.textContent;
}

describe("preloadableLazy", () => {
  it("draws at once, without its fallback, once preloaded", async () => {
    let loads = 0;
    const { Component, preload } = preloadableLazy(async () => {
      loads++;
      return Greeting;
    });
    await preload();
    expect(drawOnce(Component)).toBe("Hello analyst");
    expect(loads).toBe(1);
  });

  it("suspends like React.lazy when drawn before it is loaded, then draws", async () => {
    const { Component } = preloadableLazy(async () => Greeting);
    expect(drawOnce(Component)).toBe("waiting");
    await act(async () => {});
    expect(dom.container.textContent).toBe("Hello analyst");
  });
});
