// @vitest-environment happy-dom
import { act, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { CatalogResult } from "../catalog/load-catalog";
import { realCatalog } from "../catalog/test-catalog";
import { cleanUpAfterEach, renderIn } from "../ui/test-render";
import { App } from "./app";

/**
 * html[data-ready] says the app's controls answer: src/early.js holds presses until then. It is
 * set in every state the app can show. (That a prerendered page is marked only once its results
 * are hydrated is a journey of e2e/keyboard.spec.ts: it needs the page's own hydration.)
 */
cleanUpAfterEach();
const html = document.documentElement;
afterEach(() => {
  delete html.dataset.ready;
});

describe("the page is marked as the app's", () => {
  it("while the catalog comes: the header answers", async () => {
    renderIn("en", <App loaded={new Promise<CatalogResult>(() => {})} />);
    await act(async () => {});
    expect(html.hasAttribute("data-ready")).toBe(true);
  });

  it("on the error screen, whose Retry answers", async () => {
    renderIn("en", <App loaded={{ ok: false, problem: { kind: "missing", status: 404 } }} />);
    expect(await screen.findByTestId("error-screen")).toBeDefined();
    expect(html.hasAttribute("data-ready")).toBe(true);
  });

  it("with the catalog in, by the browser: the app does not mark it then", async () => {
    renderIn("en", <App loaded={{ ok: true, catalog: realCatalog }} />);
    expect(await screen.findByTestId("result-count")).toBeDefined();
    expect(html.hasAttribute("data-ready")).toBe(true);
  });
});
