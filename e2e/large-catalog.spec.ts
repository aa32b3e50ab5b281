import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { generateCatalog } from "../scripts/synthetic-catalog";
import {
  test as base,
  type Catalog,
  detailPane,
  expect,
  facetCheckbox,
  matchesSearch,
  openApp,
  resultCount,
  row,
  searchBox,
} from "./support/fixtures";
import { type Site, startSite } from "./support/site";

/**
 * Catalogs far beyond the real 40 alerts: the synthetic benchmark catalogs, deployed as the
 * site's own catalog.json. Every alert is reachable, nothing is capped, and only the rows in view
 * are in the page.
 */

interface LargeSite {
  site: Site;
  catalog: Catalog;
}

/** A deployment whose catalog.json holds `size` synthetic alerts, made from the real catalog. */
async function startLargeSite(size: number): Promise<LargeSite> {
  const real = JSON.parse(readFileSync("dist/catalog.json", "utf8")) as Catalog;
  const catalog = generateCatalog(real as never, size) as unknown as Catalog;
  return { site: await startSite({ files: { "catalog.json": JSON.stringify(catalog) } }), catalog };
}

/** The two sites, each started once per worker when a test first needs it. */
const test = base.extend<Record<never, never>, { tenThousand: LargeSite; fiftyThousand: LargeSite }>({
  tenThousand: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures list what they use; this uses nothing
    async ({}, use) => {
      const large = await startLargeSite(10_000);
      await use(large);
      await large.site.stop();
    },
    { scope: "worker" },
  ],
  fiftyThousand: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures list what they use; this uses nothing
    async ({}, use) => {
      const large = await startLargeSite(50_000);
      await use(large);
      await large.site.stop();
    },
    { scope: "worker" },
  ],
});
test.use({ viewport: { width: 1440, height: 900 }, serviceWorkers: "block" });

/** A number as the English count writes it: 10,000. */
const n = (value: number) => value.toLocaleString("en-US");

async function openLarge(page: Page, { site, catalog }: LargeSite, search = "") {
  const size = catalog.alerts.length;
  await openApp(page, `?lang=en${search}`, site);
  await expect(resultCount(page)).toHaveText(new RegExp(` of ${n(size)} alerts$`), { timeout: 60_000 });
}

/** Alert rows in the page: the rows out of view are not. */
const drawnRows = (page: Page) => page.locator("tbody tr[data-alert-id]");

/**
 * The IDs in the order `sort=id` shows them. Each test only relies on what any sensible order of
 * IDs agrees on (code units or a collation): checked here, so a test never guesses.
 */
function idOrder(catalog: Catalog, ids = catalog.alerts.map((alert) => alert.id)) {
  const byUnits = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
  const byCollation = [...ids].sort(collator.compare);
  expect(byUnits[0], "the first ID under any order").toBe(byCollation[0]);
  expect(byUnits.at(-1), "the last ID under any order").toBe(byCollation.at(-1));
  return { first: byUnits[0] as string, last: byUnits.at(-1) as string };
}

/** Drags every scrollbar around the table to its end, as a user would to reach the last alert. */
const scrollToEnd = (page: Page) =>
  page.evaluate(() => {
    for (let box = document.querySelector("tbody")?.parentElement; box; box = box.parentElement) {
      if (box.scrollHeight > box.clientHeight) box.scrollTop = box.scrollHeight;
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
  });

/** Scrolls to the end, again while the rows measured on the way change the page's height. */
async function expectLastReachable(page: Page, id: string) {
  const inView = () =>
    row(page, id).evaluateAll((found) =>
      found.some((tr) => {
        const box = tr.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      }),
    );
  await expect
    .poll(
      async () => {
        await scrollToEnd(page);
        return inView();
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  await expect(row(page, id)).toBeInViewport();
}

test("10,000 alerts: only the rows in view are drawn, and the table says how many there are", async ({
  page,
  tenThousand,
}) => {
  const { first, last } = idOrder(tenThousand.catalog);
  await openLarge(page, tenThousand, "&sort=id");
  await expect(resultCount(page)).toHaveText("10,000 of 10,000 alerts");
  await expect(page.getByRole("table")).toHaveAttribute("aria-rowcount", "10001");
  await expect(drawnRows(page).first()).toHaveAttribute("data-alert-id", first);
  await expect(row(page, first)).toBeInViewport();
  const drawn = await drawnRows(page).count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(500);

  // The last alert is at the end of the scrollbar, and the page still holds only a screenful or so.
  await expectLastReachable(page, last);
  expect(await drawnRows(page).count()).toBeLessThan(500);
});

// ?lang=en on the French page: the prerendered page is stale, hidden until the app draws. ?lang=fr:
// it is the page's own view, but of another catalog, so the app draws it anew.
for (const link of ["?lang=en", "?lang=fr"]) {
  test(`10,000 alerts at ${link}: the table comes in with its rows, never empty or missing first`, async ({
    page,
    tenThousand,
  }) => {
    // Once the app has the page, it shows the loading notice or the table with rows, never the
    // table empty (the rows' code still loading: React then holds them back 300 ms more after it
    // arrives) nor a page with neither.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { __seen: seen });
      const check = () => {
        const root = document.getElementById("root");
        if (!root || !document.documentElement.hasAttribute("data-ready")) return;
        const body = root.querySelector("tbody");
        if (body && body.querySelector("tr") === null) seen.push("empty table body");
        if (!body && !root.querySelector('[role="status"]')) seen.push("no table and no loading notice");
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(`${tenThousand.site.url}${link}`);
    await expect(drawnRows(page).first()).toBeVisible({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
  });
}

test("10,000 alerts: search, facets and sorting work over the whole catalog", async ({
  page,
  tenThousand,
}) => {
  const { alerts } = tenThousand.catalog;
  await openLarge(page, tenThousand);
  const linux = alerts.filter((alert) => alert.platforms.includes("Linux"));
  await facetCheckbox(page, "platform", "Linux").check();
  await expect(resultCount(page)).toHaveText(`${n(linux.length)} of 10,000 alerts`);

  const found = linux.filter((alert) => matchesSearch(alert, "en", "certutil"));
  expect(found.length).toBeGreaterThan(0);
  await searchBox(page).fill("certutil");
  await expect(resultCount(page)).toHaveText(`${n(found.length)} of 10,000 alerts`);

  // Sorting by ID puts the smallest ID of the results first, the largest last.
  const { first, last } = idOrder(
    tenThousand.catalog,
    found.map((alert) => alert.id),
  );
  await page.locator('th[data-column="id"] button').click();
  await expect(page.locator('th[data-column="id"]')).toHaveAttribute("aria-sort", "ascending");
  await expect(drawnRows(page).first()).toHaveAttribute("data-alert-id", first);
  await expectLastReachable(page, last);

  // Opening a row shows its detail pane.
  await row(page, last).locator("[data-alert-link]").click();
  await expect(detailPane(page)).toBeVisible();
  await expect(detailPane(page).locator("code").first()).toHaveText(last);
});

/**
 * Sorted by ID, the AzureDNS_ alerts come after all the AppServices_ ones, in the order of their
 * number (their place in the catalog file): thousands of rows below anything drawn at first.
 */
function deepAlerts({ alerts }: Catalog) {
  const dns = alerts
    .map((alert) => alert.id)
    .filter((id) => id.startsWith("AzureDNS_"))
    .sort();
  const rowsBefore = alerts.length - dns.length;
  expect(rowsBefore).toBeGreaterThan(5_000);
  return { dns, rowsBefore };
}

test("10,000 alerts: the alert in the link, and each one the pane steps to, is scrolled into view", async ({
  page,
  tenThousand,
}) => {
  const { dns, rowsBefore } = deepAlerts(tenThousand.catalog);
  // One far into the catalog file too (see the next test for one near its start).
  const from = dns.findIndex((id) => Number(id.split("_").at(-1)) >= 1_000);
  const deep = dns[from] as string;
  await openLarge(page, tenThousand, `&sort=id&alert=${encodeURIComponent(deep)}`);
  await expect(detailPane(page).locator("code").first()).toHaveText(deep);
  await expect(row(page, deep)).toBeInViewport();
  // A screen reader hears where it is: row 9,8xx of 10,001 (the header row is the first).
  await expect(row(page, deep)).toHaveAttribute("aria-rowindex", String(rowsBefore + from + 2));

  const next = detailPane(page).getByRole("button", { name: "Next alert" });
  const following = dns.slice(from + 1, from + 31);
  expect(following).toHaveLength(30);
  for (const id of following) {
    await next.click();
    await expect(detailPane(page).locator("code").first()).toHaveText(id);
    await expect(row(page, id)).toBeInViewport();
  }

  // Closing the pane gives the focus back to the last alert's row, which is still in view.
  const last = following.at(-1) as string;
  await page.keyboard.press("Escape");
  await expect(detailPane(page)).toHaveCount(0);
  await expect(row(page, last).locator("[data-alert-link]")).toBeFocused();
  await expect(row(page, last)).toBeInViewport();
});

test("10,000 alerts: an alert from the start of the file, deep in the sorted table, is scrolled into view", async ({
  page,
  tenThousand,
}) => {
  const { dns, rowsBefore } = deepAlerts(tenThousand.catalog);
  const deep = dns[0] as string;
  expect(Number(deep.split("_").at(-1))).toBeLessThan(20);
  await openLarge(page, tenThousand, `&sort=id&alert=${encodeURIComponent(deep)}`);
  await expect(detailPane(page).locator("code").first()).toHaveText(deep);
  await expect(row(page, deep)).toBeInViewport({ timeout: 5_000 });
  await expect(row(page, deep)).toHaveAttribute("aria-rowindex", String(rowsBefore + 2));
});

test("50,000 alerts load in full, with no cap, and stay usable", async ({ page, fiftyThousand }) => {
  test.setTimeout(180_000);
  const { alerts } = fiftyThousand.catalog;
  const { last } = idOrder(fiftyThousand.catalog);
  await openLarge(page, fiftyThousand, "&sort=id");
  await expect(resultCount(page)).toHaveText("50,000 of 50,000 alerts");
  await expect(page.getByRole("table")).toHaveAttribute("aria-rowcount", "50001");
  await expectLastReachable(page, last);

  const found = alerts.filter((alert) => matchesSearch(alert, "en", "web shell")).length;
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(alerts.length);
  await searchBox(page).fill("web shell");
  await expect(resultCount(page)).toHaveText(`${n(found)} of 50,000 alerts`);
});
