import type { Page } from "@playwright/test";

/**
 * What a page did that a user would never want: console messages, uncaught errors, dialogs, and
 * Content Security Policy violations. For pages the `consoleErrors` fixture does not watch (other
 * contexts, other origins, or tests that expect some of these).
 */
export interface PageWatch {
  console: { type: string; text: string }[];
  errors: string[];
  dialogs: string[];
  /** CSP violations reported in the page, as "directive blockedURI". */
  violations: () => Promise<string[]>;
}

/** Call before the first navigation: the violation listener is installed in every new document. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = {
    console: [],
    errors: [],
    dialogs: [],
    violations: () =>
      page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []),
  };
  page.on("console", (message) => watch.console.push({ type: message.type(), text: message.text() }));
  page.on("pageerror", (error) => watch.errors.push(error.message));
  page.on("dialog", (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = log;
    document.addEventListener("securitypolicyviolation", (event) =>
      log.push(`${event.effectiveDirective} ${event.blockedURI}`.trim()),
    );
  });
  return watch;
}

export const consoleErrors = (watch: PageWatch) =>
  watch.console.filter((message) => message.type === "error").map((message) => message.text);
