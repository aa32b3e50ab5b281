import type { Page } from "@playwright/test";
import {
  type Catalog,
  detailPane,
  expect,
  fetchCatalog,
  type Language,
  languageButton,
  type Note,
  openApp,
  searchBox,
  test,
  titleLink,
  urlParams,
} from "./support/fixtures";

const STORAGE_KEY = "appservice-alerts.language";
const CURL = "AppServices_CurlToDisk";

const UI: Record<Language, { name: string; severity: string; count: string; about: string; search: string }> =
  {
    fr: {
      name: "Référentiel des alertes App Service",
      severity: "Gravité",
      count: "40 alertes sur 40",
      about: "À propos de ce catalogue",
      search: "Rechercher des alertes",
    },
    en: {
      name: "App Service alert reference",
      severity: "Severity",
      count: "40 of 40 alerts",
      about: "About this catalog",
      search: "Search alerts",
    },
  };

const toggle = languageButton;

/** One snapshot of the strings that must all be in the same language. */
const snapshot = (page: Page) =>
  page.evaluate((curl) => {
    const text = (selector: string) => document.querySelector(selector)?.textContent?.trim() ?? null;
    return {
      lang: document.documentElement.lang,
      documentTitle: document.title,
      heading: text("h1"),
      count: text("[data-testid=result-count]"),
      severityHeader:
        document.querySelector("th[data-column=severity] button")?.firstChild?.textContent ?? null,
      alertTitle: text(`[data-alert-link="${curl}"]`),
    };
  }, CURL);

const expectLanguage = async (page: Page, catalog: Catalog, language: Language) => {
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  await expect(titleLink(page, CURL)).toBeAttached(); // after a reload, once the table is in
  // Everything switched together: read in one go once <html lang> has changed.
  expect(await snapshot(page)).toEqual({
    lang: language,
    documentTitle: UI[language].name,
    heading: UI[language].name,
    count: UI[language].count,
    severityHeader: UI[language].severity,
    alertTitle: catalog.alerts.find((alert) => alert.id === CURL)?.title[language],
  });
  await expect(toggle(page, language)).toHaveAttribute("aria-pressed", "true");
  await expect(toggle(page, language === "fr" ? "en" : "fr")).toHaveAttribute("aria-pressed", "false");
  await expect(searchBox(page)).toHaveAccessibleName(UI[language].search);
  await expect(page.getByRole("button", { name: UI[language].about })).toBeVisible();
};

test("the toggle switches UI strings and catalog text together", async ({ page, request }) => {
  const catalog = await fetchCatalog(request);
  await openApp(page, "?lang=fr");
  await expectLanguage(page, catalog, "fr");
  // Each button shows its code, and its name starts with it (WCAG 2.5.3), then says the language.
  for (const [code, name] of [
    ["fr", "Français"],
    ["en", "English"],
  ] as const) {
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered, in capitals by CSS
    expect(await toggle(page, code).innerText()).toMatch(new RegExp(`^${code.toUpperCase()}\\b`));
    await expect(toggle(page, code)).toHaveAccessibleName(new RegExp(`^${code}\\b.*${name}`, "i"));
  }
  await expect(page.locator('[data-severity="High"]').first()).toHaveText(/Élevée/);

  await toggle(page, "en").click();
  await expectLanguage(page, catalog, "en");
  await expect(page.locator('[data-severity="High"]').first()).toHaveText(/High/);
  expect(urlParams(page).get("lang")).toBe("en");

  await toggle(page, "fr").click();
  await expectLanguage(page, catalog, "fr");
  expect(urlParams(page).get("lang")).toBe("fr");
});

test("the open alert and the search follow the language", async ({ page, request }) => {
  const catalog = await fetchCatalog(request);
  const curl = catalog.alerts.find((alert) => alert.id === CURL);
  if (!curl) throw new Error(`${CURL} is missing`);
  await openApp(page, `?lang=fr&q=curl&alert=${CURL}`);
  await expect(page.getByRole("complementary", { name: curl.title.fr })).toBeVisible();
  await expect(page).toHaveTitle(`${curl.title.fr} · ${UI.fr.name}`);

  await toggle(page, "en").click();
  const pane = page.getByRole("complementary", { name: curl.title.en });
  await expect(pane).toBeVisible();
  await expect(pane).toContainText(curl.description.en.slice(0, 60));
  await expect(page).toHaveTitle(`${curl.title.en} · ${UI.en.name}`);
  await expect(titleLink(page, CURL)).toHaveText(curl.title.en);
  await expect(searchBox(page)).toHaveValue("curl");
  await expect(detailPane(page)).toHaveCount(1);
});

test.describe("the saved choice", () => {
  test.use({ locale: "en-US" });

  test("is kept across visits without lang in the link", async ({ page, request }) => {
    const catalog = await fetchCatalog(request);
    await openApp(page);
    await expectLanguage(page, catalog, "en"); // from the browser

    await toggle(page, "fr").click();
    await expectLanguage(page, catalog, "fr");
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe("fr");

    await openApp(page); // a fresh visit, no lang in the link
    expect(urlParams(page).has("lang")).toBe(false);
    await expectLanguage(page, catalog, "fr");
    await page.reload();
    await expectLanguage(page, catalog, "fr");
  });

  test("gives way to ?lang= in the link", async ({ page, request }) => {
    const catalog = await fetchCatalog(request);
    await openApp(page, "?lang=fr");
    await toggle(page, "en").click();
    await toggle(page, "fr").click();
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe("fr");

    await openApp(page, "?lang=en");
    await expectLanguage(page, catalog, "en");
  });
});

for (const [locale, expected] of [
  ["en-US", "en"],
  ["en-GB", "en"],
  ["fr-FR", "fr"],
  ["fr-CA", "fr"],
  ["de-DE", "fr"], // neither language: French, the source page's
] as const) {
  test.describe(`a first visit from a ${locale} browser`, () => {
    test.use({ locale });

    test(`is in ${expected === "fr" ? "French" : "English"}`, async ({ page, request }) => {
      const catalog = await fetchCatalog(request);
      await openApp(page);
      expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
      await expectLanguage(page, catalog, expected);
      // Detection does not write the link.
      expect(urlParams(page).has("lang")).toBe(false);
    });
  });
}

for (const language of ["en", "fr"] as const) {
  test(`the about dialog shows the page notes in ${language} and closes with Escape`, async ({
    page,
    request,
  }) => {
    const catalog = await fetchCatalog(request);
    // The site serves the page's notes beside the catalog, for About alone.
    const { notes } = (await (await request.get("notes.json")).json()) as { notes: Note[] };
    const other: Language = language === "fr" ? "en" : "fr";
    await openApp(page, `?lang=${language}`);
    const about = page.getByRole("button", { name: UI[language].about });
    await about.click();

    const dialog = page.getByRole("dialog", { name: UI[language].about });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(catalog.page.title[language]);
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) await expect(dialog).toContainText(note[language]);
    await expect(dialog).not.toContainText(notes[0]?.[other] ?? "?");

    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(about).toBeFocused();

    // And with its own close button.
    await about.click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: language === "fr" ? "Fermer" : "Close" }).click();
    await expect(dialog).toHaveCount(0);
  });
}
