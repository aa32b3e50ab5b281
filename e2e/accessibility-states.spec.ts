import type { Browser, Page } from "@playwright/test";
import {
  type Catalog,
  detailPane,
  expect,
  expectNoAxeViolations,
  openApp,
  resultCount,
  searchBox,
  test,
} from "./support/fixtures";
import { hostileCatalog, LONG_ID } from "./support/hostile-catalog";
import { startSite } from "./support/static-site";

/**
 * WCAG 2.2 AA in every view and state, in both languages and both themes: axe finds nothing; every
 * stop of the keyboard shows its focus and is not hidden; motion stops when the user asks; the
 * result count is a live region. (accessibility.spec.ts covers the light theme's main views.)
 */

const UI = {
  en: { about: "About this catalog", shortcuts: "Keyboard shortcuts", matrix: "Matrix", close: "Close" },
  fr: {
    about: "À propos de ce catalogue",
    shortcuts: "Raccourcis clavier",
    matrix: "Matrice",
    close: "Fermer",
  },
} as const;
const THEMES = ["light", "dark"] as const;
const WIDTHS = [1440, 360] as const;

async function expectTheme(page: Page, theme: (typeof THEMES)[number]) {
  await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
}

for (const theme of THEMES) {
  for (const width of WIDTHS) {
    for (const lang of ["en", "fr"] as const) {
      test(`axe: every view and dialog, ${theme}, ${lang}, ${width} px`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize({ width, height: 800 });
        await openApp(page, `?lang=${lang}&alert=AppServices_CurlToDisk`);
        await expectTheme(page, theme);
        await expect(detailPane(page)).toBeVisible();
        await expectNoAxeViolations(page); // the table with the detail pane open

        await openApp(page, `?lang=${lang}&view=matrix&severity=High`);
        await expect(page.getByTestId("matrix")).toBeVisible();
        await expectNoAxeViolations(page);

        await openApp(page, `?lang=${lang}&q=zzzzqqq&tactic=Execution`);
        const disclosure = page.locator('button[aria-controls="filter-panel"]');
        if (await disclosure.isVisible()) await disclosure.click();
        await expect(page.locator("#filter-panel")).toBeVisible();
        await expectNoAxeViolations(page); // the empty state, with the filters shown

        for (const dialog of [UI[lang].about, UI[lang].shortcuts]) {
          await page.getByRole("button", { name: dialog, exact: true }).click();
          await expect(page.getByRole("dialog", { name: dialog })).toBeVisible();
          await expectNoAxeViolations(page);
          await page.keyboard.press("Escape");
          await expect(page.getByRole("dialog")).toHaveCount(0);
        }
      });
    }
  }

  test(`axe: the error screen, ${theme}, both languages, wide and narrow`, async ({ browser }) => {
    test.setTimeout(120_000);
    const site = await startSite();
    site.remove("catalog.json");
    const context = await browser.newContext({ colorScheme: theme, serviceWorkers: "block" });
    try {
      const page = await context.newPage();
      for (const lang of ["en", "fr"] as const) {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`${site.url}?lang=${lang}`);
          await expect(page.getByRole("alert")).toContainText("404");
          await expectTheme(page, theme);
          await expectNoAxeViolations(page);
        }
      }
    } finally {
      await context.close();
      site.stop();
    }
  });

  test(`axe: a hostile catalog, ${theme}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const site = await startSite();
    site.edit("catalog.json", (text) => JSON.stringify(hostileCatalog(JSON.parse(text) as Catalog)));
    const context = await browser.newContext({ colorScheme: theme, serviceWorkers: "block" });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}?lang=en&alert=${encodeURIComponent(LONG_ID)}`);
      await expect(detailPane(page)).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: UI.en.about }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
      site.stop();
    }
  });
}

/** Tabs once round the page; for every stop, how its focus shows and whether something covers it. */
async function tabStops(page: Page, max = 150) {
  const stops: { name: string; outline: string; covered: boolean }[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const w = window as { __firstStop?: Element };
      if (w.__firstStop === el) return "again";
      w.__firstStop ??= el;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return {
        name: `${el.tagName.toLowerCase()} ${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}`,
        outline: style.outlineStyle === "none" ? "none" : `${style.outlineStyle} ${style.outlineWidth}`,
        covered: !hit || !(el === hit || el.contains(hit) || hit.contains(el)),
      };
    });
    if (stop === "again") break;
    if (stop) stops.push(stop);
  }
  await page.evaluate(() => {
    delete (window as { __firstStop?: Element }).__firstStop;
  });
  return stops;
}

function expectVisibleFocus(stops: Awaited<ReturnType<typeof tabStops>>) {
  expect(stops.length).toBeGreaterThan(5);
  for (const stop of stops) {
    expect(stop.outline, `focus outline of ${stop.name}`).toMatch(/^solid [2-9]/);
    expect(stop.covered, `${stop.name} hidden under something`).toBe(false);
  }
}

for (const theme of THEMES) {
  for (const width of WIDTHS) {
    test(`focus is visible and never hidden on every Tab stop, ${theme}, ${width} px`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height: 800 });
      await openApp(page, "?lang=en&severity=High");
      expectVisibleFocus(await tabStops(page));

      await openApp(page, "?lang=en&severity=High&alert=AppServices_CurlToDisk");
      await expect(detailPane(page)).toBeVisible();
      expectVisibleFocus(await tabStops(page));

      await openApp(page, "?lang=en&view=matrix");
      expectVisibleFocus(await tabStops(page, 60));
    });
  }
}

test("a user who asks for reduced motion gets none", async ({ page }) => {
  const probe = (p: Page) =>
    p.evaluate(() => {
      // Through the CSSOM, as a component would animate something.
      const el = document.createElement("div");
      el.style.transition = "opacity 2s";
      el.style.animation = "none 3s";
      document.body.append(el);
      const { transitionDuration, animationDuration } = getComputedStyle(el);
      el.remove();
      return {
        transitionDuration,
        animationDuration,
        smooth: getComputedStyle(document.documentElement).scrollBehavior,
      };
    });
  await openApp(page, "?lang=en");
  expect(await probe(page)).toEqual({ transitionDuration: "2s", animationDuration: "3s", smooth: "auto" });
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await probe(page)).toEqual({
    transitionDuration: "1e-05s",
    animationDuration: "1e-05s",
    smooth: "auto",
  });
});

test("the result count is a polite live region that follows every change", async ({ page }) => {
  await openApp(page, "?lang=en");
  const count = resultCount(page);
  await expect(count).toHaveAttribute("role", "status");
  await expect(count).toHaveAttribute("aria-live", "polite");
  await searchBox(page).fill("certutil");
  await expect(count).toHaveText("2 of 40 alerts");
  await page.locator('fieldset[data-facet="severity"] input[data-value="High"]').check();
  await expect(count).toHaveText("1 of 40 alerts");
  await page.getByRole("button", { name: "Matrix" }).click();
  await expect(count).toHaveText("1 of 40 alerts");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(count).toHaveText("1 alerte sur 40");
});

/** Opens a page of a private deployment whose catalog is missing, for the error screen by keyboard. */
async function brokenSite(browser: Browser) {
  const site = await startSite();
  const good = site.read("catalog.json");
  site.remove("catalog.json");
  const context = await browser.newContext({ serviceWorkers: "block" });
  return { site, good, context, page: await context.newPage() };
}

test("the whole product by keyboard alone", async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page, "?lang=en");
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
  const tabTo = async (name: string | RegExp, key = "Tab") => {
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press(key);
      const label = await page.evaluate(
        () =>
          document.activeElement?.getAttribute("aria-label") ??
          document.activeElement?.textContent?.trim() ??
          "",
      );
      if (typeof name === "string" ? label === name : name.test(label)) return;
    }
    throw new Error(`${key} never reached ${name}`);
  };

  // Theme and language, from the header.
  await tabTo(/Dark theme/);
  await page.keyboard.press("Enter");
  await expectTheme(page, "dark");
  await tabTo("Français");
  await page.keyboard.press("Enter");
  await expect(resultCount(page)).toHaveText("40 alertes sur 40");
  await tabTo("English");
  await page.keyboard.press("Space");
  await expect(resultCount(page)).toHaveText("40 of 40 alerts");

  // About, then the shortcuts help with "?", each closed with Escape.
  await tabTo(UI.en.about, "Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: UI.en.about })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: UI.en.shortcuts })).toBeVisible();
  await page.keyboard.press("Escape");

  // "/" to search, a sort by keyboard, then the matrix and one of its cells.
  await page.keyboard.press("/");
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type("certutil"); // alerts with tactics, so the matrix has cells to press
  await expect(resultCount(page)).toHaveText(/^[1-9] of 40 alerts$/);
  await tabTo("Matrix");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("matrix")).toBeVisible();
  await tabTo(/^\d+ alerts, .*: show them in the table$/);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("matrix")).toHaveCount(0);
  await tabTo(/^Title/);
  await page.keyboard.press("Enter");
  await expect(page.locator('th[data-column="title"]')).toHaveAttribute("aria-sort", "ascending");

  // j opens nothing but moves to a row; Enter opens it; the pane by keyboard; Escape closes it.
  await page.keyboard.press("j");
  await page.keyboard.press("Enter");
  await expect(detailPane(page)).toBeVisible();
  const title = await detailPane(page).getByRole("heading", { level: 2 }).textContent();
  await tabTo("FR | EN side by side");
  await page.keyboard.press("Enter");
  await expect(detailPane(page).getByTestId("bilingual")).toBeVisible();
  await tabTo(/^Copy link/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: /^Copy link/ })).toContainText("Copied");
  await page.keyboard.press("Escape");
  await expect(detailPane(page)).toHaveCount(0);
  expect(await focused()).toBe(title?.trim());

  // Export the view and clear the filters.
  const download = page.waitForEvent("download");
  await tabTo("Export CSV", "Shift+Tab");
  await page.keyboard.press("Enter");
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await tabTo("Clear all filters", "Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(resultCount(page)).toHaveText("40 of 40 alerts");
});

test("the error screen by keyboard: Retry with Enter", async ({ browser }) => {
  const { site, good, context, page } = await brokenSite(browser);
  try {
    await page.goto(`${site.url}?lang=en`);
    await expect(page.getByRole("alert")).toContainText("404");
    site.write("catalog.json", good);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Retry" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(resultCount(page)).toHaveText("40 of 40 alerts");
  } finally {
    await context.close();
    site.stop();
  }
});
