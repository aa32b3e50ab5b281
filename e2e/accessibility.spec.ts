import type { Page } from "@playwright/test";
import {
  detailPane,
  expect,
  expectNoAxeViolations,
  facetCheckbox,
  openApp,
  resultCount,
  rowIds,
  rows,
  searchBox,
  tabUntil,
  test,
  titleLink,
  urlParams,
} from "./support/fixtures";

const VIEWPORTS = [
  { name: "1440×900", width: 1440, height: 900 },
  { name: "360×780", width: 360, height: 780 },
] as const;
const ABOUT = { fr: "À propos de ce catalogue", en: "About this catalog" } as const;
const EMPTY = {
  fr: "Aucune alerte ne correspond à ces filtres.",
  en: "No alert matches these filters.",
} as const;

/** On a phone the filters sit behind a disclosure button; open it so axe sees them too. */
async function showFilters(page: Page) {
  const disclosure = page.locator('button[aria-controls="filter-panel"]');
  if (await disclosure.isVisible()) {
    await disclosure.click();
    await expect(disclosure).toHaveAttribute("aria-expanded", "true");
  }
  await expect(page.locator("#filter-panel")).toBeVisible();
}

for (const viewport of VIEWPORTS) {
  for (const lang of ["en", "fr"] as const) {
    test.describe(`axe, ${lang}, ${viewport.name}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test("main view", async ({ page }) => {
        await openApp(page, `?lang=${lang}`);
        await expect(rows(page)).toHaveCount(40);
        await expectNoAxeViolations(page);
      });

      test("open detail pane", async ({ page }) => {
        await openApp(page, `?lang=${lang}&alert=AppServices_DownloadUsingCertutil`);
        await expect(detailPane(page)).toBeVisible();
        await expect(detailPane(page).locator("[data-placeholder]")).toHaveCount(1);
        await expectNoAxeViolations(page);
      });

      test("about dialog", async ({ page }) => {
        await openApp(page, `?lang=${lang}`);
        await page.getByRole("button", { name: ABOUT[lang] }).click();
        await expect(page.getByRole("dialog", { name: ABOUT[lang] })).toBeVisible();
        await expectNoAxeViolations(page);
      });

      test("empty state", async ({ page }) => {
        await openApp(page, `?lang=${lang}&q=zzzzqqq`);
        await expect(page.getByText(EMPTY[lang])).toBeVisible();
        await expectNoAxeViolations(page);
      });

      test("with a filter active", async ({ page }) => {
        await openApp(page, `?lang=${lang}&severity=High&tactic=Execution`);
        await expect(rows(page).first()).toBeVisible();
        await showFilters(page);
        await expect(facetCheckbox(page, "severity", "High")).toBeChecked();
        await expectNoAxeViolations(page);
      });
    });
  }
}

test.describe("keyboard only", () => {
  test.use({ locale: "en-US" });

  test("search, filter, open, copy the ID and close without a mouse", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const id = "AppServices_ExecutableDecodedUsingCertutil";
    await openApp(page, "?lang=en");

    // The skip link is the first stop and leads to the results.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to results" })).toBeFocused();
    await page.keyboard.press("Enter");
    await tabUntil(page, searchBox(page), { max: 3 });
    await page.keyboard.type("certutil");
    await expect(resultCount(page)).toHaveText("2 of 40 alerts");

    // Back to the High severity checkbox, ticked with Space.
    const high = facetCheckbox(page, "severity", "High");
    await tabUntil(page, high, { key: "Shift+Tab" });
    await page.keyboard.press("Space");
    await expect(high).toBeChecked();
    await expect(rows(page)).toHaveCount(1);
    expect(await rowIds(page)).toEqual([id]);
    expect(urlParams(page).get("severity")).toBe("High");
    expect(urlParams(page).get("q")).toBe("certutil");

    // On to the remaining alert, opened with Enter.
    await tabUntil(page, titleLink(page, id));
    await page.keyboard.press("Enter");
    const pane = page.getByRole("complementary", { name: "Executable decoded using certutil" });
    await expect(pane).toBeVisible();
    await expect(pane.getByRole("heading", { level: 2 })).toBeFocused();

    // Copy its ID.
    const copyId = pane.getByRole("button", { name: /^Copy ID/ });
    await tabUntil(page, copyId, { max: 10 });
    await page.keyboard.press("Enter");
    await expect(copyId).toContainText("Copied");
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(id);

    // Escape closes it and puts the focus back on its row.
    await page.keyboard.press("Escape");
    await expect(detailPane(page)).toHaveCount(0);
    await expect(titleLink(page, id)).toBeFocused();
    expect(urlParams(page).has("alert")).toBe(false);
  });
});
