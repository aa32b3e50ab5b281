import type { Page } from "@playwright/test";
import {
  type CatalogAlert,
  expect,
  fetchCatalog,
  openApp,
  rowIds,
  rows,
  searchBox,
  test,
} from "./support/fixtures";

const THEME_KEY = "appservice-alerts.theme";
const DARK_THEME = { en: "Dark theme", fr: "Thème sombre" } as const;

const themeToggle = (page: Page, lang: "en" | "fr" = "en") =>
  page.getByRole("button", { name: DARK_THEME[lang], exact: true });
const html = (page: Page) => page.locator("html");
/** The colour scheme the page really renders with, not just the attribute. */
const renderedScheme = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe("dark mode", () => {
  test.describe("when the system is dark", () => {
    test.use({ colorScheme: "dark" });

    for (const lang of ["en", "fr"] as const) {
      test(`the page follows the system (${lang})`, async ({ page }) => {
        await openApp(page, `?lang=${lang}`);
        await expect(html(page)).toHaveAttribute("data-theme", "dark");
        await expect(themeToggle(page, lang)).toHaveAttribute("aria-pressed", "true");
        expect(await renderedScheme(page)).toBe("dark");
        expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBeNull();
      });
    }

    test("choosing light is remembered over the system's dark", async ({ page }) => {
      await openApp(page, "?lang=en");
      const darkBackground = await bodyBackground(page);
      await themeToggle(page).click();
      await expect(html(page)).toHaveAttribute("data-theme", "light");
      await expect(themeToggle(page)).toHaveAttribute("aria-pressed", "false");
      expect(await renderedScheme(page)).not.toBe("dark");
      expect(await bodyBackground(page)).not.toBe(darkBackground);
      expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe("light");

      await page.reload();
      await expect(page.getByTestId("result-count")).toBeVisible();
      await expect(html(page)).toHaveAttribute("data-theme", "light");
      await expect(themeToggle(page)).toHaveAttribute("aria-pressed", "false");

      // And back: dark again, remembered as such.
      await themeToggle(page).click();
      await expect(html(page)).toHaveAttribute("data-theme", "dark");
      expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe("dark");
    });
  });

  test.describe("when the system is light", () => {
    test.use({ colorScheme: "light" });

    test("the page is light, and a dark choice is remembered over the system", async ({ page, context }) => {
      await openApp(page, "?lang=fr");
      await expect(html(page)).toHaveAttribute("data-theme", "light");
      await expect(themeToggle(page, "fr")).toHaveAttribute("aria-pressed", "false");
      expect(await renderedScheme(page)).not.toBe("dark");

      await themeToggle(page, "fr").click();
      await expect(html(page)).toHaveAttribute("data-theme", "dark");
      await expect(themeToggle(page, "fr")).toHaveAttribute("aria-pressed", "true");
      expect(await renderedScheme(page)).toBe("dark");

      await page.reload();
      await expect(page.getByTestId("result-count")).toBeVisible();
      await expect(html(page)).toHaveAttribute("data-theme", "dark");
      await expect(themeToggle(page, "fr")).toHaveAttribute("aria-pressed", "true");

      // Another tab of the same browser opens dark straight away.
      const other = await context.newPage();
      await other.goto("./?lang=en");
      await expect(other.getByTestId("result-count")).toBeVisible();
      await expect(html(other)).toHaveAttribute("data-theme", "dark");
      await other.close();
    });

    test("without a choice the page follows the system as it changes", async ({ page }) => {
      await openApp(page, "?lang=en");
      await expect(html(page)).toHaveAttribute("data-theme", "light");
      await page.emulateMedia({ colorScheme: "dark" });
      await expect(html(page)).toHaveAttribute("data-theme", "dark");
      await page.emulateMedia({ colorScheme: "light" });
      await expect(html(page)).toHaveAttribute("data-theme", "light");

      // Once the user picks, the system no longer decides.
      await themeToggle(page).click();
      await expect(html(page)).toHaveAttribute("data-theme", "dark");
      await page.emulateMedia({ colorScheme: "light" });
      await page.emulateMedia({ colorScheme: "dark" });
      await page.emulateMedia({ colorScheme: "light" });
      await expect(html(page)).toHaveAttribute("data-theme", "dark");
    });
  });
});

const PRINT = {
  en: {
    filters: "Filters:",
    none: "none (the whole catalog)",
    printedOn: "Printed on",
    high: "High",
  },
  fr: {
    filters: "Filtres :",
    none: "aucun (tout le catalogue)",
    printedOn: "Imprimé le",
    high: "Élevée",
  },
} as const;

/** Today's date as the page formats it, in the page's own time zone. */
const today = (page: Page, lang: "en" | "fr") =>
  page.evaluate((locale) => new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date()), lang);

/** Everything the screen shows is hidden on paper. */
async function expectScreenHidden(page: Page, lang: "en" | "fr") {
  await expect(page.locator("header").filter({ has: themeToggle(page, lang) })).toBeHidden();
  await expect(searchBox(page)).toBeHidden();
  await expect(page.locator("fieldset[data-facet=severity]")).toBeHidden();
  await expect(page.locator("fieldset[data-facet=tactic]")).toBeHidden();
  await expect(
    page.getByRole("button", { name: lang === "en" ? "Matrix" : "Matrice", exact: true }),
  ).toBeHidden();
  await expect(
    page.getByRole("button", { name: lang === "en" ? "Export CSV" : "Exporter CSV", exact: true }),
  ).toBeHidden();
  await expect(page.locator("table:has(tr[data-alert-id])")).toBeHidden();
  for (const tr of await rows(page).all()) await expect(tr).toBeHidden();
}

async function expectArticles(page: Page, alerts: readonly CatalogAlert[], lang: "en" | "fr") {
  const articles = page.getByTestId("print-view").locator("article");
  await expect(articles).toHaveCount(alerts.length);
  for (const [index, alert] of alerts.entries()) {
    const article = articles.nth(index);
    await expect(article).toBeVisible();
    await expect(article.locator("h2")).toHaveText(alert.title[lang]);
    await expect(article).toContainText(alert.id);
    await expect(article).toContainText(alert.description[lang]);
  }
}

test.describe("print", () => {
  test("the print view shows the filters, the date and every visible alert in full (en)", async ({
    page,
    request,
  }) => {
    const catalog = await fetchCatalog(request);
    await openApp(page, "?lang=en&severity=High&q=certutil");
    const ids = await rowIds(page);
    expect(ids.length).toBeGreaterThan(0);
    await expect(page.getByTestId("print-view")).toHaveCount(0);

    await page.emulateMedia({ media: "print" });
    const view = page.getByTestId("print-view");
    await expect(view).toBeVisible();
    const filters = view.locator("p", { hasText: PRINT.en.filters });
    await expect(filters).toContainText("certutil");
    await expect(filters).toContainText(PRINT.en.high);
    await expect(view).toContainText(`${PRINT.en.printedOn} ${await today(page, "en")}`);
    await expect(view).toContainText(`${ids.length} of 40 alerts`);
    await expectArticles(
      page,
      ids.map((id) => catalog.alerts.find((alert) => alert.id === id) as CatalogAlert),
      "en",
    );
    await expectScreenHidden(page, "en");

    await page.emulateMedia({ media: "screen" });
    await expect(page.getByTestId("print-view")).toHaveCount(0);
    await expect(searchBox(page)).toBeVisible();
    await expect(rows(page).first()).toBeVisible();
  });

  test("the print view in French, many alerts, sorted as on screen", async ({ page, request }) => {
    const catalog = await fetchCatalog(request);
    await openApp(page, "?lang=fr&severity=High&tactic=Execution&sort=title");
    const ids = await rowIds(page);
    expect(ids.length).toBeGreaterThan(3);

    await page.emulateMedia({ media: "print" });
    const view = page.getByTestId("print-view");
    await expect(view).toBeVisible();
    const filters = view.locator("p", { hasText: PRINT.fr.filters });
    await expect(filters).toContainText(PRINT.fr.high);
    await expect(filters).toContainText("Exécution");
    await expect(view).toContainText(`${PRINT.fr.printedOn} ${await today(page, "fr")}`);
    await expectArticles(
      page,
      ids.map((id) => catalog.alerts.find((alert) => alert.id === id) as CatalogAlert),
      "fr",
    );
    await expectScreenHidden(page, "fr");

    await page.emulateMedia({ media: "screen" });
    await expect(page.getByTestId("print-view")).toHaveCount(0);
    await expect(searchBox(page)).toBeVisible();
  });

  test("with no filter the print view says so and holds the whole catalog", async ({ page, request }) => {
    const catalog = await fetchCatalog(request);
    await openApp(page, "?lang=en&sort=id");
    const ids = await rowIds(page);
    await page.emulateMedia({ media: "print" });
    const view = page.getByTestId("print-view");
    await expect(view).toBeVisible();
    await expect(view.locator("p", { hasText: PRINT.en.filters })).toContainText(PRINT.en.none);
    await expect(view.locator("article")).toHaveCount(catalog.alerts.length);
    const printed = await view.locator("article").allTextContents();
    expect(printed.map((text, index) => text.includes(ids[index] as string))).toEqual(ids.map(() => true));
  });
});
