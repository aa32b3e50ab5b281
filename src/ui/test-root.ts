import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach } from "vitest";

/**
 * For component tests (happy-dom): a React root in a fresh container for each test, unmounted
 * and removed after it. Read `root` and `container` inside tests, not when the file loads.
 */
export function freshRoot(): { readonly root: Root; readonly container: HTMLElement } {
  let mounted: { root: Root; container: HTMLElement } | undefined;
  beforeEach(() => {
    const container = document.createElement("div");
    document.body.append(container);
    mounted = { root: createRoot(container), container };
  });
  afterEach(() => {
    const { root, container } = mounted as { root: Root; container: HTMLElement };
    act(() => root.unmount());
    container.remove();
    mounted = undefined;
  });
  const current = () => {
    if (!mounted) throw new Error("freshRoot: only inside a test");
    return mounted;
  };
  return {
    get root() {
      return current().root;
    },
    get container() {
      return current().container;
    },
  };
}
