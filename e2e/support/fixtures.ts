import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every journey fails on a console error, an uncaught exception or a request to another origin:
 * the app must be quiet, and it only ever talks to its own host.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
          errors.push(`request outside the origin: ${url}`);
        }
      });
      await use(errors);
      expect(errors, "console errors, uncaught errors or foreign requests").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export async function expectNoAxeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

/** Opens the app (optionally with a query string) and waits for the table. */
export async function openApp(page: Page, search = "") {
  await page.goto(`./${search}`);
  await expect(page.getByTestId("result-count")).toBeVisible();
}

export const rows = (page: Page) => page.locator("tbody tr");
export const rowIds = (page: Page) =>
  rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-alert-id")));
