import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, test as base, expect, type Locator, type Page } from "@playwright/test";

/** The single-file build is opened from disk; it is the one file:// page the tests may load. */
const SINGLE_FILE = pathToFileURL(resolve("dist-single/index.html")).href;

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
        const allowed = [origin, "data:", "blob:", SINGLE_FILE];
        if (!allowed.some((prefix) => url.startsWith(prefix))) {
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
  // The table's first frame draws a screenful of rows; the rest follow right after it, and the
  // keyboard shortcuts start working (the search box then names its key).
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator("#alert-search")).toHaveAttribute("aria-keyshortcuts", "/");
}

export const rows = (page: Page) => page.locator("tbody tr");
export const rowIds = (page: Page) =>
  rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-alert-id")));

/** The shape of catalog.json, as far as the journeys need it. */
export type Language = "fr" | "en";
export interface CatalogAlert {
  id: string;
  severity: "High" | "Medium" | "Low" | "Informational";
  tactics: string[];
  platforms: string[];
  title: Record<Language, string>;
  description: Record<Language, string>;
  /** Written by the build; optional here, as the loader defaults them (hostile fixtures leave them out). */
  status?: "active" | "deprecated";
  statusSince?: string;
  statusSource?: { title: string; url: string; where?: string };
  titleSource?: "microsoft" | "translation";
  errata?: { field: "title" | "description"; french: string; meant: Record<Language, string> }[];
}
export interface Catalog {
  schemaVersion: number;
  page: {
    title: Record<Language, string>;
    notes: { kind: "paragraph" | "heading" | "callout"; fr: string; en: string }[];
  };
  alerts: CatalogAlert[];
  changes?: { id: string; date: string; kind: string; ids: string[]; title: Record<Language, string> }[];
}

/** The catalog exactly as the app gets it, to compute expected results from. */
export async function fetchCatalog(request: APIRequestContext): Promise<Catalog> {
  const response = await request.get("./catalog.json");
  expect(response.ok()).toBe(true);
  return (await response.json()) as Catalog;
}

export const searchBox = (page: Page) => page.getByRole("searchbox");
export const resultCount = (page: Page) => page.getByTestId("result-count");
export const detailPane = (page: Page) => page.getByTestId("detail-pane");
export const titleLink = (page: Page, id: string) => page.locator(`[data-alert-link="${id}"]`);
export const row = (page: Page, id: string) => page.locator(`tbody tr[data-alert-id="${id}"]`);

/** A facet checkbox, and the count shown beside it (the last span of its label). */
export const facetCheckbox = (page: Page, facet: string, value: string) =>
  page.locator(`fieldset[data-facet="${facet}"] input[data-value="${value}"]`);
export const facetCount = (page: Page, facet: string, value: string) =>
  page.locator(`fieldset[data-facet="${facet}"] label:has(input[data-value="${value}"]) > span`).last();

/** The query string of the current page, decoded, as URLSearchParams. */
export const urlParams = (page: Page) => new URL(page.url()).searchParams;

/**
 * Presses Tab (or Shift+Tab) until the target has the focus: a keyboard-only way to reach a
 * control without depending on the exact number of stops before it.
 */
export async function tabUntil(page: Page, target: Locator, { key = "Tab", max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`${key} never reached ${target}`);
}
