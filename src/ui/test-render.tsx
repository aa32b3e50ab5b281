import { act, cleanup, render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement, ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { afterEach } from "vitest";
import type { Language } from "../catalog/schema";
import { ALL_STRINGS } from "../i18n/all-strings";
import { createI18n } from "../i18n/i18n";
import { TaxonomyLabelsProvider } from "./taxonomy-labels";

/**
 * For component tests (happy-dom) with Testing Library: renders `ui` with the app's strings in
 * `language`, and gives a user to drive it. Call `cleanUpAfterEach()` once per test file: Vitest
 * has no global afterEach here, so Testing Library cannot unmount between tests by itself.
 */
export function renderIn(language: Language, ui: ReactElement) {
  const i18n = createI18n(language, ALL_STRINGS);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <TaxonomyLabelsProvider>{children}</TaxonomyLabelsProvider>
    </I18nextProvider>
  );
  return { user: userEvent.setup(), ...render(ui, { wrapper }) };
}

export function cleanUpAfterEach(): void {
  afterEach(cleanup);
}

/** Resolves once a frame has been painted and the tasks queued then have run (see afterNextPaint). */
export const afterAPaint = (): Promise<void> =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 1))));
