import type { Page } from "@playwright/test";
import { generateCatalog } from "../scripts/synthetic-catalog";
import {
  test as base,
  type Catalog,
  detailPane,
  expect,
  expectNoAxeViolations,
  facetCheckbox,
  resultCount,
  rows,
  searchBox,
} from "./support/fixtures";
import { startHeldSite } from "./support/held-site";
import { consoleErrors, watchPage } from "./support/page-watch";
import { startSite } from "./support/static-site";

/**
 * Catalogs far beyond the real 40 alerts (the synthetic benchmark catalogs, opened with the
 * `catalog` parameter): every alert is reachable, nothing is capped, and only the rows in view
 * are in the page.
 */

/** A page of its own on the private site, failing the test on any console error or dialog. */
const test = base.extend<{ sitePage: Page }>({
  sitePage: async ({ browser }, use) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const watch = await watchPage(page);
    await use(page);
    expect(watch.errors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(consoleErrors(watch)).toEqual([]);
    expect(await watch.violations()).toEqual([]);
    await context.close();
  },
});

let site: Awaited<ReturnType<typeof startSite>>;
let large: Catalog;
test.beforeAll(async () => {
  site = await startSite();
  const corpus = JSON.parse(site.read("catalog.json")) as Catalog;
  for (const size of [10_000, 50_000]) {
    const catalog = generateCatalog(corpus as never, size) as unknown as Catalog;
    if (size === 10_000) large = catalog;
    site.write(`catalog-${size}.json`, JSON.stringify(catalog));
  }
});
test.afterAll(() => site?.stop());

async function openLarge(page: Page, size: number, extra = "") {
  await page.goto(`${site.url}?lang=en&catalog=./catalog-${size}.json${extra}`);
  await expect(resultCount(page)).toHaveText(`${n(size)} of ${n(size)} alerts`, { timeout: 60_000 });
}

/** A number as the English count writes it: 10,000. */
const n = (value: number) => value.toLocaleString("en-US");

/** Data rows in the page (spacer rows stand in for the others). */
const drawnRows = (page: Page) => page.locator("tbody tr[data-alert-id]");
const rowIndexes = (page: Page) =>
  drawnRows(page).evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute("aria-rowindex"))));

test("10,000 alerts: only the rows in view are drawn, and the table says how many there are", async ({
  sitePage: page,
}) => {
  await openLarge(page, 10_000);
  await expect(page.locator("table")).toHaveAttribute("aria-rowcount", "10001");
  const drawn = await drawnRows(page).count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(80);
  // Drawn rows are numbered from the header (1): the first data row is 2, with no gaps.
  const first = await rowIndexes(page);
  expect(first[0]).toBe(2);
  expect(first).toEqual(first.map((_, i) => i + 2));
  await expectNoAxeViolations(page);

  // The end of the page holds the last alert: the scrollbar covers all 10,000.
  await page.keyboard.press("End");
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(async () => (await rowIndexes(page)).at(-1)).toBe(10_001);
  expect(await drawnRows(page).count()).toBeLessThan(80);
  await expect(rows(page).last()).toBeVisible();
});

test("10,000 alerts: search, facets and sorting work over the whole catalog", async ({ sitePage: page }) => {
  await openLarge(page, 10_000);
  const linux = large.alerts.filter((alert) => alert.platforms.includes("Linux")).length;
  await facetCheckbox(page, "platform", "Linux").check();
  await expect(resultCount(page)).toHaveText(`${n(linux)} of 10,000 alerts`);

  const word = "certutil";
  const expected = large.alerts.filter(
    (alert) =>
      alert.platforms.includes("Linux") &&
      `${alert.id} ${alert.title.en} ${alert.description.en}`.toLowerCase().includes(word),
  ).length;
  expect(expected).toBeGreaterThan(0);
  await searchBox(page).fill(word);
  await expect(resultCount(page)).toHaveText(`${n(expected)} of 10,000 alerts`);

  // Sorting by ID ascending puts the smallest ID of the results first.
  await page.locator('th[data-column="id"] button').click();
  await expect(page.locator('th[data-column="id"]')).toHaveAttribute("aria-sort", "ascending");
  const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
  const ids = large.alerts
    .filter(
      (alert) =>
        alert.platforms.includes("Linux") &&
        `${alert.id} ${alert.title.en} ${alert.description.en}`.toLowerCase().includes(word),
    )
    .map((alert) => alert.id)
    .sort(collator.compare);
  await expect(drawnRows(page).first()).toHaveAttribute("data-alert-id", ids[0] as string);

  // Opening a row shows its detail pane.
  await drawnRows(page).first().locator("[data-alert-link]").click();
  await expect(detailPane(page)).toBeVisible();
  await expect(detailPane(page)).toContainText(ids[0] as string);
});

test("10,000 alerts: the alert in the link, and each one the pane steps to, is scrolled into view", async ({
  sitePage: page,
}) => {
  // Sorted by ID, the alert 6,000 rows down is far below anything drawn at first.
  const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
  const ids = large.alerts.map((alert) => alert.id).sort(collator.compare);
  const deep = ids[6_000] as string;
  await openLarge(page, 10_000, `&sort=id&alert=${encodeURIComponent(deep)}`);
  const rowOf = (id: string) => page.locator(`tbody tr[data-alert-id="${id}"]`);
  await expect(rowOf(deep)).toBeInViewport();
  await expect(rowOf(deep)).toHaveAttribute("aria-rowindex", String(6_000 + 2));

  const next = detailPane(page).getByRole("button", { name: "Next alert" });
  for (const id of ids.slice(6_001, 6_031)) {
    await next.click();
    await expect(detailPane(page)).toContainText(id);
    await expect(rowOf(id)).toBeInViewport();
  }

  // Closing the pane gives the focus back to the last alert's row, which is still drawn.
  const last = ids[6_030] as string;
  await page.keyboard.press("Escape");
  await expect(detailPane(page)).toHaveCount(0);
  await expect(rowOf(last).locator("[data-alert-link]")).toBeFocused();
  await expect(rowOf(last)).toBeInViewport();
});

test("50,000 alerts load in full, with no cap, and stay usable", async ({ sitePage: page }) => {
  test.setTimeout(180_000);
  await openLarge(page, 50_000);
  await expect(page.locator("table")).toHaveAttribute("aria-rowcount", "50001");
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(async () => (await rowIndexes(page)).at(-1), { timeout: 30_000 }).toBe(50_001);
  await searchBox(page).fill("web shell");
  await expect(resultCount(page)).not.toHaveText("50,000 of 50,000 alerts");
  await expect(resultCount(page)).toHaveText(/^[\d,]+ of 50,000 alerts$/);
});

test("a large catalog shows its first alerts while the rest downloads, then all of them", async ({
  sitePage: page,
}) => {
  const held = await startHeldSite(JSON.stringify(large), 400_000);
  try {
    await page.goto(`${held.url}?lang=en`);
    // Only the first part has arrived: its alerts are shown, and the page says more is coming.
    await expect(resultCount(page)).toHaveText(/^([\d,]+) of the first \1 alerts — loading the rest…$/);
    const first = Number((await resultCount(page).textContent())?.split(" ")[0]?.replaceAll(",", ""));
    expect(first).toBeGreaterThanOrEqual(50);
    expect(first).toBeLessThan(10_000);
    await expect(page.locator("main")).toHaveAttribute("aria-busy", "true");
    await expect(drawnRows(page).first()).toBeVisible();
    // The header's source line counts the whole catalog, so it waits for all of it.
    await expect(page.locator("header")).not.toContainText("Source:");
    // Those rows are real alerts of the catalog, in the table's order.
    const shown = await drawnRows(page).first().getAttribute("data-alert-id");
    expect(large.alerts.slice(0, first).some((alert) => alert.id === shown)).toBe(true);
    await expectNoAxeViolations(page);

    held.release();
    await expect(resultCount(page)).toHaveText("10,000 of 10,000 alerts", { timeout: 60_000 });
    await expect(page.locator("main")).toHaveAttribute("aria-busy", "false");
    await expect(page.locator("header")).toContainText("10,000 alerts");
  } finally {
    held.stop();
  }
});

test("the real catalog is read whole: no partial view", async ({ sitePage: page }) => {
  const real = site.read("catalog.json");
  const held = await startHeldSite(real, real.length - 10);
  try {
    await page.goto(`${held.url}?lang=en`);
    // Nearly all of it has arrived, but a catalog this small is only shown once complete.
    await expect(page.getByText(/Loading/)).toBeVisible();
    await expect(resultCount(page)).toHaveCount(0);
    held.release();
    await expect(resultCount(page)).toHaveText("40 of 40 alerts");
  } finally {
    held.stop();
  }
});
