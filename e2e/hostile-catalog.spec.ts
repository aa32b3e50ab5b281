import type { Browser, Page } from "@playwright/test";
import {
  type Catalog,
  detailPane,
  expect,
  languageButton,
  resultCount,
  searchBox,
  test,
} from "./support/fixtures";
import {
  HOSTILE_ALERTS,
  HOSTILE_PAGE_TITLE,
  hostileCatalog,
  LONG_ID,
  PAYLOADS,
} from "./support/hostile-catalog";
import { consoleErrors, type PageWatch, watchPage } from "./support/page-watch";
import { type Site, startSite } from "./support/site";

/**
 * A catalog full of markup, script, links, huge and unbroken strings, bidi overrides and
 * invisible characters is shown as text: nothing runs, nothing is fetched, nothing overflows.
 */

const TOTAL = 40 + HOSTILE_ALERTS.length;
let site: Site;
test.beforeAll(async () => {
  site = await startSite();
  site.edit("catalog.json", (text) => JSON.stringify(hostileCatalog(JSON.parse(text) as Catalog)));
});
test.afterAll(() => site?.stop());

async function open(browser: Browser, width: number, search: string) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const watch = await watchPage(page);
  await page.goto(`${site.url}${search}`);
  await expect(resultCount(page)).toBeVisible();
  return { context, page, watch };
}

/** Nothing from the catalog ran or became markup, and the page does not scroll sideways. */
async function expectInertAndInPlace(page: Page, watch: PageWatch, where: string) {
  const state = await page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    return {
      pwned: (window as { __pwned?: unknown }).__pwned ?? null,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
      scriptLinks: all.filter((el) => /^\s*(javascript|data):/i.test(el.getAttribute("href") ?? "")).length,
      embedded: document.querySelectorAll("img, iframe, object, embed, svg, base, form").length,
      scripts: [...document.scripts].filter((s) => !s.src).length,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
  expect(state, where).toEqual({
    pwned: null,
    handlers: [],
    scriptLinks: 0,
    embedded: 0,
    scripts: 0,
    overflow: 0,
  });
  expect(watch.dialogs, where).toEqual([]);
  expect(watch.errors, where).toEqual([]);
  expect(consoleErrors(watch), where).toEqual([]);
  expect(await watch.violations(), where).toEqual([]);
}

for (const width of [1440, 360]) {
  test(`the table, every alert's detail and the notes show it all as inert text (${width} px)`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const { context, page, watch } = await open(browser, width, "?lang=en");
    await expect(resultCount(page)).toHaveText(`${TOTAL} of ${TOTAL} alerts`);
    await expect(page.getByText(PAYLOADS.script, { exact: true }).first()).toBeVisible();
    await expectInertAndInPlace(page, watch, "table");

    for (const alert of HOSTILE_ALERTS) {
      await page.goto(`${site.url}?lang=en&alert=${encodeURIComponent(alert.id)}`);
      const pane = detailPane(page);
      await expect(pane.getByRole("heading", { level: 2 })).toHaveText(alert.title.en);
      await expect(pane.locator("code").first()).toHaveText(alert.id);
      await expectInertAndInPlace(page, watch, `detail of ${alert.id.slice(0, 40)}`);
    }

    await page.goto(`${site.url}?lang=en`);
    const about = page.getByRole("button", { name: "About this catalog" });
    await about.click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("heading", { level: 4, name: PAYLOADS.script, exact: true })).toHaveCount(
      1,
    );
    await expect(dialog.getByText(PAYLOADS.rtl, { exact: true })).toHaveCount(2);
    expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBe(0);
    await expectInertAndInPlace(page, watch, "about");
    await context.close();
  });
}

test("search, matrix, French and print views keep it inert", async ({ browser }) => {
  const { context, page, watch } = await open(browser, 1280, "?lang=en");
  await searchBox(page).fill("<script>");
  await expect(resultCount(page)).toHaveText(`1 of ${TOTAL} alerts`);
  await expect(page.locator("mark").first()).toHaveText("<script>");
  await searchBox(page).fill("");
  await page.getByRole("button", { name: "Matrix" }).click();
  await expect(page.getByTestId("matrix")).toBeVisible();
  await languageButton(page, "fr").click();
  await expect(resultCount(page)).toHaveText(`${TOTAL} alertes sur ${TOTAL}`);
  // Paper shows what the screen shows: the matrix, then the list, then one open alert and its queries.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("print-view").getByTestId("matrix")).toBeVisible();
  await expectInertAndInPlace(page, watch, "matrix, print");
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Tableau", exact: true }).click();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("print-view").getByText(LONG_ID)).toBeVisible();
  await expectInertAndInPlace(page, watch, "search, matrix, print");
  await page.emulateMedia({ media: "screen" });
  await page.goto(`${site.url}?lang=en&alert=${encodeURIComponent(LONG_ID)}`);
  await expect(detailPane(page)).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("print-alert").locator("pre").first()).toContainText(LONG_ID);
  await expectInertAndInPlace(page, watch, "an open alert, print");
  await context.close();
});

test("a right-to-left override in catalog text cannot reorder the sentence around it", async ({
  browser,
}) => {
  const { context, page } = await open(browser, 1280, "?lang=en");
  const source = page.locator("header p").filter({ hasText: "English descriptions are our own translation" });
  const text = (await source.textContent()) ?? "";
  // The catalog's title sits in a bidi isolate (FSI…PDI) in the sentence that quotes it.
  expect(text).toContain(`“\u2068${HOSTILE_PAGE_TITLE}\u2069”. English names are Microsoft’s;`);
  await context.close();
});

test("exports of a hostile catalog stay data: a spreadsheet formula is defused", async ({ browser }) => {
  const { context, page, watch } = await open(browser, 1280, "?lang=en&platform=Linux");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV", exact: true }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  });
  expect(csv).toContain(`'${PAYLOADS.csv.replace(/"/g, '""')}`);
  expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  await expectInertAndInPlace(page, watch, "export");
  await context.close();
});
