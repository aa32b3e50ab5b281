import type { Page } from "@playwright/test";
import { type CatalogAlert, expect, fetchCatalog, openApp, rowIds, test } from "./support/fixtures";

/** The journeys of issue #17 item 9: paper shows what the screen shows, and says where it comes from. */

const NBSP = "\u00a0";
const ACTIVE = "AppServices_Base64EncodedExecutableInCommandLineParams";
const RETIRED = "AppServices_CurlToDisk";
const SOURCE = {
  title: "Alertes pour Azure App Service",
  url: "https://learn.microsoft.com/fr-fr/azure/defender-for-cloud/alerts-azure-app-service",
};

const WORDS = {
  en: {
    severity: "Severity: ",
    high: "High",
    filters: "Filters: ",
    view: "This view: ",
    source: "Source: ",
    asOf: "Catalog as of November 28, 2026.",
    printedOn: "Printed on ",
    retired: "Microsoft has not raised this alert since December 11, 2025: it was retired.",
    sentinel: "Microsoft Sentinel",
  },
  fr: {
    severity: `Gravité${NBSP}: `,
    high: "Élevée",
    filters: `Filtres${NBSP}: `,
    view: `Cette vue${NBSP}: `,
    source: `Source${NBSP}: `,
    asOf: "Catalogue à jour au 28 novembre 2026.",
    printedOn: "Imprimé le ",
    retired: "Microsoft n’émet plus cette alerte depuis le 11 décembre 2025",
    sentinel: "Microsoft Sentinel",
  },
} as const;

const printView = (page: Page) => page.getByTestId("print-view");
/** The printed text as it is, non-breaking spaces included (Playwright's matchers fold them). */
const printedText = async (page: Page) => (await printView(page).textContent()) ?? "";

const today = (page: Page, lang: "en" | "fr") =>
  page.evaluate((locale) => new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date()), lang);

/** The footer names the view's address, the source page and both dates. */
async function expectFooter(page: Page, lang: "en" | "fr", search: string) {
  const footer = printView(page).getByTestId("print-footer");
  await expect(footer).toBeVisible();
  const text = (await footer.textContent()) ?? "";
  const url = new URL(`./${search}`, page.url()).href;
  expect(text).toContain(`${WORDS[lang].view}${url}`);
  expect(text).toContain(`${WORDS[lang].source}${SOURCE.title} <${SOURCE.url}>`);
  expect(text).toContain(WORDS[lang].asOf);
  expect(text).toContain(`${WORDS[lang].printedOn}${await today(page, lang)}`);
}

for (const lang of ["en", "fr"] as const) {
  test.describe(`printing (${lang})`, () => {
    test("an open alert prints that alert with its hunting queries, not the list", async ({
      page,
      request,
    }) => {
      const catalog = await fetchCatalog(request);
      const alert = catalog.alerts.find((candidate) => candidate.id === ACTIVE) as CatalogAlert;
      const search = `?lang=${lang}&severity=High&alert=${ACTIVE}`;
      await openApp(page, search);
      await expect(page.getByTestId("detail-pane")).toBeVisible();
      const listed = await rowIds(page);
      expect(listed.length).toBeGreaterThan(3);

      await page.emulateMedia({ media: "print" });
      const printed = printView(page).getByTestId("print-alert");
      await expect(printed).toBeVisible();
      await expect(printed.locator("h1")).toHaveText(alert.title[lang]);
      await expect(printed).toContainText(alert.description[lang]);
      // Only the open alert: no other alert of the list is on paper.
      await expect(printView(page).locator("article")).toHaveCount(1);
      for (const id of listed.filter((id) => id !== ACTIVE))
        await expect(printView(page)).not.toContainText(id as string);
      await expect(page.getByTestId("detail-pane")).toBeHidden();
      // Its queries, whole, as the pane would copy them.
      const queries = printed.locator("pre");
      await expect(queries).toHaveCount(2);
      await expect(queries.first()).toContainText("SecurityAlert");
      await expect(queries.first()).toContainText(`AlertType == "${ACTIVE}"`);
      await expect(queries.nth(1)).toContainText("securityresources");
      await expect(printed).toContainText(WORDS[lang].sentinel);

      const text = await printedText(page);
      expect(text).toContain(`${WORDS[lang].severity}${WORDS[lang].high}`);
      await expectFooter(page, lang, search);
    });

    test("a retired alert prints its retirement, on a phone too", async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      const search = `?lang=${lang}&alert=${RETIRED}`;
      await openApp(page, search);
      await expect(page.getByTestId("detail-pane")).toBeVisible();

      await page.emulateMedia({ media: "print" });
      const printed = printView(page).getByTestId("print-alert");
      await expect(printed).toBeVisible();
      await expect(printed.getByTestId("status-notice")).toContainText(WORDS[lang].retired);
      await expect(printed.locator("pre").first()).toContainText("retired by Microsoft on 2025-12-11");
      await expect(page.getByTestId("detail-pane")).toBeHidden();
      await expectFooter(page, lang, search);
    });

    test("the matrix view prints the matrix with its totals and note, not the list", async ({ page }) => {
      const search = `?lang=${lang}&severity=High,Medium&view=matrix`;
      await openApp(page, search);
      await expect(page.getByTestId("matrix")).toBeVisible();

      await page.emulateMedia({ media: "print" });
      const view = printView(page);
      await expect(view).toBeVisible();
      await expect(view.getByTestId("matrix")).toBeVisible();
      await expect(view.locator("tr[data-matrix-row=total]")).toBeVisible();
      await expect(view.locator("[data-total=all]")).toHaveText(/^\d+$/);
      await expect(view.getByTestId("matrix-note")).toBeVisible();
      await expect(view.locator("article")).toHaveCount(0);
      expect(await view.getByTestId("print-filters").textContent()).toContain(
        `${WORDS[lang].filters}${lang === "fr" ? WORDS.fr.severity : WORDS.en.severity}`,
      );
      // The screen's own matrix stays off paper: one matrix printed.
      await expect(page.getByTestId("matrix").first()).toBeHidden();
      await expectFooter(page, lang, search);
    });

    test("otherwise the list prints under its filters, in the order on screen", async ({ page }) => {
      const search = `?lang=${lang}&severity=High&sort=title`;
      await openApp(page, search);
      const ids = await rowIds(page);

      await page.emulateMedia({ media: "print" });
      const view = printView(page);
      await expect(view.locator("article")).toHaveCount(ids.length);
      const filters = (await view.getByTestId("print-filters").textContent()) ?? "";
      expect(filters).toBe(`${WORDS[lang].filters}${WORDS[lang].severity}${WORDS[lang].high}`);
      const printed = await view.locator("article").allTextContents();
      expect(printed.map((text, index) => text.includes(ids[index] as string))).toEqual(ids.map(() => true));
      expect(await printedText(page)).toContain(`${WORDS[lang].severity}${WORDS[lang].high}`);
      await expectFooter(page, lang, search);
    });
  });
}

test("French print text keeps its non-breaking spaces, and never a bare colon", async ({ page }) => {
  await openApp(page, "?lang=fr&q=curl");
  await page.emulateMedia({ media: "print" });
  await expect(printView(page).locator("article").first()).toBeVisible();
  const text = await printedText(page);
  expect(text).toContain(`Gravité${NBSP}: `);
  // The search sits in a bidi isolate, as everywhere the app quotes it.
  expect(text).toContain(`Recherche${NBSP}: «${NBSP}\u2068curl\u2069${NBSP}»`);
  // No colon glued to a word: none of the catalog's French text has one, so any would be ours.
  expect(text).not.toMatch(/\p{L}[:;?!]\s/u);
});

test("Ctrl+P draws the print view within beforeprint, before the browser takes its snapshot", async ({
  page,
}) => {
  await openApp(page, `?lang=en&alert=${ACTIVE}`);
  // The print view's code loads once the page is idle; a print starts only after the page is up.
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance.getEntriesByType("resource").some((entry) => entry.name.includes("/print-view-")),
      ),
    )
    .toBe(true);
  await page.waitForTimeout(200);
  // What a real print does: beforeprint, then the snapshot in the same task. The view must be there.
  const drawn = await page.evaluate(() => {
    window.dispatchEvent(new Event("beforeprint"));
    const view = document.querySelector('[data-testid="print-view"]');
    const text = view?.textContent ?? "";
    window.dispatchEvent(new Event("afterprint"));
    return text;
  });
  expect(drawn).toContain(ACTIVE);
  expect(drawn).toContain("Microsoft Sentinel");
});
