import { expectNoAxeViolations } from "./support/axe";
import {
  expect,
  fetchCatalog,
  openApp,
  resultCount,
  rows,
  searchBox,
  test,
  urlParams,
} from "./support/fixtures";

/**
 * Phone-first filtering (issue 17, item 5): the filters in a modal sheet that says how many alerts
 * it leaves, the active filters as chips, the first alert on the first screen, the exports and
 * copies in one Actions menu, and a matrix whose tactic column stays put.
 */

const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1440, height: 900 };
test.describe("390×844", () => {
  test.use({ viewport: PHONE, permissions: ["clipboard-read", "clipboard-write"] });

  test("the filters open in a modal sheet; its button shows the right count and closes it; the URL keeps them", async ({
    page,
    request,
  }) => {
    const { alerts } = await fetchCatalog(request);
    const high = alerts.filter((alert) => alert.severity === "High");
    const highLinux = high.filter((alert) => alert.platforms.includes("Linux"));
    await openApp(page, "?lang=fr");

    const opener = page.getByRole("button", { name: "Filtres", exact: true });
    await expect(opener).toBeVisible();
    // A button, not a field: it says it opens a dialog.
    await expect(opener).toHaveAttribute("aria-haspopup", "dialog");
    await opener.click();
    const sheet = page.getByRole("dialog", { name: "Filtres" });
    await expect(sheet).toBeVisible();
    expect(await sheet.evaluate((dialog) => dialog.matches(":modal"))).toBe(true);

    await sheet.locator('fieldset[data-facet="severity"] input[data-value="High"]').check();
    await expect(sheet.getByRole("button", { name: `Afficher ${high.length} alertes` })).toBeVisible();
    await expect.poll(() => urlParams(page).get("severity")).toBe("High");
    await sheet.locator('fieldset[data-facet="platform"] input[data-value="Linux"]').check();
    await expect.poll(() => urlParams(page).get("platform")).toBe("Linux");
    await expectNoAxeViolations(page);

    await sheet.getByRole("button", { name: `Afficher ${highLinux.length} alertes` }).click();
    await expect(sheet).toBeHidden();
    await expect(rows(page)).toHaveCount(highLinux.length);
    // Focus back on the opener, which now says how many filters are on.
    const named = page.getByRole("button", { name: "Filtres 2 actifs" });
    await expect(named).toBeFocused();

    // Esc closes it as well, focus back on the opener.
    await named.click();
    await expect(sheet).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(sheet).toBeHidden();
    await expect(named).toBeFocused();
    expect(urlParams(page).get("severity")).toBe("High");
  });

  test("a link with filters draws their chips with its first results: nothing moves after", async ({
    page,
  }) => {
    // Each painted frame that shows the result count: whether the filter chips are in it too.
    await page.addInitScript(() => {
      const frames: boolean[] = [];
      (window as unknown as { chipFrames: boolean[] }).chipFrames = frames;
      const record = () => {
        const count = document.querySelector('[data-testid="result-count"]');
        if (count?.checkVisibility({ visibilityProperty: true }))
          frames.push(document.querySelector('ul[aria-label="Active filters"]') !== null);
        if (frames.length < 30) requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    await openApp(page, "?lang=en&severity=Low&tactic=InitialAccess");
    await expect(page.getByRole("list", { name: "Active filters" })).toBeVisible();
    const frames = await page.evaluate(() => (window as unknown as { chipFrames: boolean[] }).chipFrames);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames).not.toContain(false);
  });

  test("the sheet's button counts with real plurals, in both languages", async ({ page, request }) => {
    const { alerts } = await fetchCatalog(request);
    // A severity and a tactic that together give exactly one alert.
    const pairs = alerts.flatMap((alert) =>
      alert.tactics.map((tactic) => `severity=${alert.severity}&tactic=${tactic}`),
    );
    const single = pairs.find((pair) => pairs.filter((other) => other === pair).length === 1);
    if (!single) throw new Error("expected a severity and tactic with exactly one alert");
    const cases = [
      ["en", single, "Show 1 alert"],
      ["fr", single, "Afficher 1 alerte"],
      ["en", "severity=Informational&tactic=Impact", "No alert to show"],
      ["fr", "severity=Informational&tactic=Impact", "Aucune alerte à afficher"],
    ] as const;
    for (const [lang, filters, label] of cases) {
      await openApp(page, `?lang=${lang}&${filters}`);
      await page.locator("main button[aria-haspopup=dialog]").click();
      await page.getByRole("dialog").getByRole("button", { name: label, exact: true }).click();
      await expect(page.getByRole("dialog")).toBeHidden();
    }
  });

  test("the first alert shows within the first 300 px", async ({ page }) => {
    for (const lang of ["fr", "en"]) {
      await openApp(page, `?lang=${lang}`);
      const box = await rows(page).first().boundingBox();
      expect(box?.y).toBeLessThanOrEqual(300);
    }
  });

  test("the Actions menu holds the exports and copies, and works from the keyboard", async ({ page }) => {
    await openApp(page, "?lang=fr&severity=High");
    // On a phone the toolbar's row of export buttons gives way to the menu.
    await expect(page.getByRole("button", { name: "Exporter CSV", exact: true })).toBeHidden();
    const button = page.getByRole("button", { name: "Actions" });
    await expect(button).toHaveAttribute("aria-haspopup", "menu");
    await button.focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu", { name: "Actions" });
    await expect(menu).toBeVisible();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(menu.getByRole("menuitem").first()).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press("End");
    await expect(menu.getByRole("menuitem", { name: "Copier le lien de cette vue" })).toBeFocused();
    await page.keyboard.press("ArrowDown"); // wraps round to the first
    await expect(menu.getByRole("menuitem", { name: "Exporter CSV", exact: true })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();

    // An export: the download starts, the menu closes.
    await button.click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      menu.getByRole("menuitem", { name: "Exporter JSON" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await expect(menu).toBeHidden();

    // A copy: the menu stays, to say it was made.
    await button.click();
    const copyLink = menu.getByRole("menuitem", { name: /^Copier le lien de cette vue/ });
    await copyLink.click();
    await expect(copyLink).toContainText("Copié");
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.searchParams.get("severity")).toBe("High");
    expect(copied.searchParams.get("lang")).toBe("fr");
  });

  test("the matrix keeps its tactic column in place as it scrolls, with a cue while columns are hidden", async ({
    page,
  }) => {
    await openApp(page, "?lang=fr&view=matrix");
    const box = page.getByTestId("matrix");
    const firstCell = box.locator("tbody th").first();
    const cue = page.getByTestId("matrix-scroll-cue");
    await expect(cue).toBeVisible();
    const before = await firstCell.boundingBox();
    await box.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
    });
    await expect(cue).toBeHidden();
    const after = await firstCell.boundingBox();
    expect(after?.x).toBe(before?.x);
    // The last column is in view beside it, the page itself does not scroll sideways.
    await expect(box.locator("thead th").last()).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectNoAxeViolations(page);
  });
});

for (const viewport of [PHONE, WIDE]) {
  test.describe(`${viewport.width}×${viewport.height}, chips`, () => {
    test.use({ viewport });

    test("each chip removes its filter; Clear all clears the filters and keeps the search", async ({
      page,
    }) => {
      await openApp(page, "?lang=en&q=file&severity=High,Medium&platform=Linux");
      const chips = page.getByRole("list", { name: "Active filters" });
      await expect(chips.getByRole("button")).toHaveText(["High✕", "Medium✕", "Linux✕"]);
      await expectNoAxeViolations(page);

      await chips.getByRole("button", { name: "Remove the filter Severity: High" }).click();
      await expect.poll(() => urlParams(page).get("severity")).toBe("Medium");
      expect(urlParams(page).get("platform")).toBe("Linux");
      await expect(chips.getByRole("button")).toHaveCount(2);
      // Focus stays among the chips, on the one now in the removed one's place.
      await expect(chips.getByRole("button", { name: "Remove the filter Severity: Medium" })).toBeFocused();

      await page.getByRole("button", { name: "Clear all", exact: true }).click();
      await expect(chips).toBeHidden();
      await expect.poll(() => [...urlParams(page).keys()].sort().join()).toBe("lang,q");
      await expect(searchBox(page)).toHaveValue("file");
      await expect(resultCount(page)).toBeVisible();
      await expect(searchBox(page)).toBeFocused();
    });
  });
}

test.describe("1440×900", () => {
  test.use({ viewport: WIDE });

  test("the chips sit beside the result count, and the toolbar keeps its buttons", async ({ page }) => {
    await openApp(page, "?lang=fr&severity=High");
    const count = await resultCount(page).boundingBox();
    const chip = await page.getByRole("list", { name: "Filtres actifs" }).boundingBox();
    if (!count || !chip) throw new Error("the count and the chips should be on screen");
    expect(Math.abs(chip.y + chip.height / 2 - (count.y + count.height / 2))).toBeLessThan(8);
    expect(chip.x).toBeGreaterThan(count.x + count.width);
    await expect(page.getByRole("button", { name: "Actions" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Exporter CSV", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Filtres", exact: true })).toBeHidden();
  });
});
