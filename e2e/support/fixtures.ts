import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type APIRequestContext, test as base, expect, type Locator, type Page } from "@playwright/test";
import { siteOrigins } from "./site";

/** The single-file build is opened from disk; it is the one file:// page the tests may load. */
const SINGLE_FILE = pathToFileURL(resolve("dist-single/index.html")).href;

/**
 * Every journey fails on a console error, an uncaught exception or a request to another origin:
 * the app must be quiet, and it only ever talks to its own host (the shared server, or the
 * private site of support/site.ts the test opened). A test that expects a console error (the
 * browser's own note of a 404) names it with `test.use({ allowedConsoleErrors: [/404/] })`.
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; consoleErrors: string[] }>({
  allowedConsoleErrors: [[], { option: true }],
  // A prerendered page takes no input until the app has taken it over (html[data-ready]), as a
  // user sees it: navigations wait for that, so a journey never types into a page not yet live.
  page: async ({ page, javaScriptEnabled }, use) => {
    const live = () =>
      page.waitForFunction(() => {
        // Null just after a navigation commits ("commit"), before the parser has made <html>.
        const html = document.documentElement as HTMLElement | null;
        return html !== null && (!html.hasAttribute("data-prerendered") || html.hasAttribute("data-ready"));
      });
    if (javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await live();
        return response;
      };
      page.reload = async (...args) => {
        const response = await reload(...args);
        await live();
        return response;
      };
    }
    await use(page);
  },
  consoleErrors: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      page.on("console", (message) => {
        const text = message.text();
        if (message.type() === "error" && !allowedConsoleErrors.some((allowed) => allowed.test(text)))
          errors.push(text);
      });
      page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
      page.on("request", (request) => {
        const url = request.url();
        const allowed = [origin, ...siteOrigins, "data:", "blob:", SINGLE_FILE];
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

/**
 * Opens the app (optionally with a query string), on the shared server or on a private site, and
 * waits until it is ready for a user: the alerts counted, and the app live (html[data-ready]).
 */
export async function openApp(page: Page, search = "", site?: { url: string }) {
  await page.goto(site ? `${site.url}${search}` : `./${search}`);
  await expect(page.getByTestId("result-count")).toBeVisible();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
}

/** The alert rows of the table (a table that draws only the rows in view has others, standing in). */
export const rows = (page: Page) => page.locator("tbody tr[data-alert-id]");
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
  /** Our ATT&CK mapping (schema version 3). */
  techniques?: { id: string; confidence?: "direct" | "inferred" }[];
}
export interface Note {
  kind: "paragraph" | "heading" | "callout";
  fr: string;
  en: string;
}
export interface Catalog {
  schemaVersion: number;
  page: {
    title: Record<Language, string>;
    /** Only in the single file's catalog: the site serves them as notes.json. */
    notes?: Note[];
    attack?: { version: string; techniques: { id: string; name: string }[] };
  };
  alerts: CatalogAlert[];
  changes?: { id: string; date: string; kind: string; ids: string[]; title: Record<Language, string> }[];
}

/** Case- and accent-insensitive, as documented: "execution" finds "Exécution". */
export const fold = (text: string) =>
  text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘]/g, "'");

/** Whether the search should find an alert: its ID, title, description or technique IDs hold every word. */
export function matchesSearch(alert: CatalogAlert, language: Language, query: string) {
  const techniques = (alert.techniques ?? []).map(({ id }) => id).join(" ");
  const text = fold(`${alert.id}\n${alert.title[language]}\n${alert.description[language]}\n${techniques}`);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}

/** The catalog exactly as the app gets it, to compute expected results from. */
export async function fetchCatalog(request: APIRequestContext): Promise<Catalog> {
  const response = await request.get("./catalog.json");
  expect(response.ok()).toBe(true);
  return (await response.json()) as Catalog;
}

export const searchBox = (page: Page) => page.getByRole("searchbox");
/**
 * A language button. Its accessible name starts with its visible code, "FR" or "EN", as a speech
 * input user says it (WCAG 2.5.3), and goes on with the language's own name for a screen reader.
 */
export const languageButton = (page: Page, language: Language) =>
  page.getByRole("button", { name: language === "fr" ? /^fr\b.*français/i : /^en\b.*english/i });
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
 * Presses Tab (or Shift+Tab) until the target (or one of the elements it matches) has the focus:
 * a keyboard-only way to reach a control without depending on the exact number of stops before it.
 */
export async function tabUntil(page: Page, target: Locator, { key = "Tab", max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (
      await target.evaluateAll((elements) => elements.some((element) => element === document.activeElement))
    )
      return;
  }
  throw new Error(`${key} never reached ${target}`);
}
