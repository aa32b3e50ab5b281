// @vitest-environment happy-dom
import { act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "../catalog/schema";
import { ALL_STRINGS } from "../i18n/all-strings";
import { createI18n } from "../i18n/i18n";
import { ErrorBoundary } from "./error-boundary";

/**
 * A rendering fault must never leave a blank page. The boundary is tested with a component that
 * throws on demand, here rather than in the shipped app: no crash path exists for users to hit.
 */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let fault: Error | null = null;
function Flaky() {
  if (fault) throw fault;
  return <p>the table</p>;
}

const translations = new Map(LANGUAGES.map((language) => [language, createI18n(language, ALL_STRINGS)]));

let container: HTMLElement;
let root: Root;
let caught: unknown[];
beforeEach(() => {
  fault = null;
  caught = [];
  container = document.createElement("div");
  document.body.append(container);
  // React reports what a boundary caught; collected here instead of printed.
  root = createRoot(container, { onCaughtError: (error) => caught.push(error) });
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const render = (language: Language, children: ReactNode) =>
  act(() =>
    root.render(
      <I18nextProvider i18n={translations.get(language) ?? createI18n(language, ALL_STRINGS)}>
        <ErrorBoundary>{children}</ErrorBoundary>
      </I18nextProvider>,
    ),
  );
const retry = () => container.querySelector("button");

describe("ErrorBoundary", () => {
  it("renders its children while nothing fails", () => {
    render("en", <Flaky />);
    expect(container.textContent).toBe("the table");
    expect(caught).toEqual([]);
  });

  for (const [language, title, message, button] of [
    ["en", "This page could not be shown", "Something went wrong while showing this page.", "Retry"],
    [
      "fr",
      "Impossible d’afficher cette page",
      "Un problème est survenu lors de l’affichage de cette page.",
      "Réessayer",
    ],
  ] as const) {
    it(`shows the translated error screen instead of a blank page (${language})`, () => {
      fault = new Error("boom");
      render(language, <Flaky />);
      const alert = container.querySelector('[role="alert"]');
      expect(alert?.querySelector("h2")?.textContent).toBe(title);
      expect(alert?.textContent).toContain(message);
      expect(retry()?.textContent).toBe(button);
      expect(caught).toEqual([fault]);
    });
  }

  it("Retry renders the children again once the fault is gone", () => {
    fault = new Error("boom");
    render("en", <Flaky />);
    fault = null;
    act(() => retry()?.click());
    expect(container.textContent).toBe("the table");
  });

  it("a fault that persists shows the error screen again, never a blank page", () => {
    fault = new Error("boom");
    render("en", <Flaky />);
    act(() => retry()?.click());
    expect(container.querySelector('[role="alert"]')).not.toBeNull();
    expect(caught).toHaveLength(2);
  });

  it("moves the focus to the error when nothing has it, so the keyboard is not lost", () => {
    fault = new Error("boom");
    render("en", <Flaky />);
    expect(document.activeElement).toBe(container.querySelector("h2"));
  });
});
