import type { Page } from "@playwright/test";
import {
  detailPane,
  expect,
  facetCheckbox,
  languageButton,
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
import { startSite } from "./support/site";

/**
 * The shortcuts (/, j/k, ↓/↑, Enter, Esc, ?), and the whole product used by keyboard alone:
 * every control reachable with Tab, every action done with Enter or Space.
 */

const DIALOG = { en: "Keyboard shortcuts", fr: "Raccourcis clavier" } as const;
/** Every key the dialog lists, in order: anywhere, in the search box, in the table, with an alert open. */
const KEYS = {
  en: ["/", "?", "↓", "Enter", "Esc", "j", "↓", "k", "↑", "Enter", "j", "→", "k", "←", "Esc"],
  fr: ["/", "?", "↓", "Entrée", "Échap", "j", "↓", "k", "↑", "Entrée", "j", "→", "k", "←", "Échap"],
} as const;

/** The data-alert-link of whatever has the focus, or null. */
const focusedLink = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("data-alert-link") ?? null);

/** Leaves every field: the focus goes back to the document, where shortcuts apply. */
async function focusPage(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
}

test("`/` focuses the search box, and inside it `/` and `j` are typed", async ({ page }) => {
  await openApp(page, "?lang=en");
  await focusPage(page);
  await page.keyboard.press("/");
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue(""); // the shortcut key itself is not typed

  await page.keyboard.press("j");
  await page.keyboard.press("/");
  await page.keyboard.press("k");
  await page.keyboard.press("?");
  await expect(searchBox(page)).toHaveValue("j/k?");
  await expect(searchBox(page)).toBeFocused();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // A real search typed in the box, letters that are shortcuts included.
  await searchBox(page).fill("");
  await page.keyboard.type("jndi");
  await expect(searchBox(page)).toHaveValue("jndi");
  await expect(searchBox(page)).toBeFocused();
  expect(await focusedLink(page)).toBeNull();
  await expect.poll(() => urlParams(page).get("q")).toBe("jndi");
});

test("j/k and ↓/↑ move through the rows, Enter opens, Esc closes back to the row", async ({ page }) => {
  await openApp(page, "?lang=en");
  const ids = (await rowIds(page)) as string[];
  await focusPage(page);

  // Arrows do nothing outside the table (they scroll the page as usual).
  await page.keyboard.press("ArrowDown");
  expect(await focusedLink(page)).toBeNull();

  await page.keyboard.press("j");
  await expect(titleLink(page, ids[0] as string)).toBeFocused();
  await page.keyboard.press("j");
  await expect(titleLink(page, ids[1] as string)).toBeFocused();
  await page.keyboard.press("k");
  await expect(titleLink(page, ids[0] as string)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(titleLink(page, ids[1] as string)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(titleLink(page, ids[2] as string)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(titleLink(page, ids[1] as string)).toBeFocused();
  // k on the first row stays there.
  await page.keyboard.press("k");
  await page.keyboard.press("k");
  await expect(titleLink(page, ids[0] as string)).toBeFocused();
  await page.keyboard.press("j");
  const target = ids[1] as string;
  await expect(titleLink(page, target)).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(detailPane(page)).toBeVisible();
  expect(urlParams(page).get("alert")).toBe(target);
  await expect(detailPane(page).locator("code").first()).toHaveText(target);

  await page.keyboard.press("Escape");
  await expect(detailPane(page)).toHaveCount(0);
  await expect.poll(() => urlParams(page).has("alert")).toBe(false);
  await expect(titleLink(page, target)).toBeFocused();

  // From the row link, j goes on to the next row.
  await page.keyboard.press("j");
  await expect(titleLink(page, ids[2] as string)).toBeFocused();
});

test("j from the page starts at the first row of the current filtered, sorted view", async ({ page }) => {
  await openApp(page, "?lang=fr&q=certutil&sort=title");
  await expect(resultCount(page)).toHaveText("2 alertes sur 40");
  const ids = (await rowIds(page)) as string[];
  await focusPage(page);
  await page.keyboard.press("j");
  await expect(titleLink(page, ids[0] as string)).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("j"); // past the last row: stays on it
  await expect(titleLink(page, ids[1] as string)).toBeFocused();
});

for (const lang of ["en", "fr"] as const) {
  test(`? opens the shortcuts dialog; shortcuts sleep while it is open (${lang})`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    const ids = (await rowIds(page)) as string[];
    await focusPage(page);
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: DIALOG[lang] });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator("kbd")).toHaveText([...KEYS[lang]]);

    // Nothing fires behind the modal.
    for (const key of ["j", "/", "ArrowDown", "k"]) await page.keyboard.press(key);
    await expect(searchBox(page)).not.toBeFocused();
    expect(await focusedLink(page)).toBeNull();
    await expect(detailPane(page)).toHaveCount(0);
    await expect(page.getByRole("dialog")).toHaveCount(1);

    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);

    // Awake again once it is closed.
    await focusPage(page);
    await page.keyboard.press("j");
    await expect(titleLink(page, ids[0] as string)).toBeFocused();

    // The toolbar's ? button opens the same dialog.
    await page.getByRole("button", { name: DIALOG[lang], exact: true }).click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });
}

// Each language's prerendered page, hydrated: the link asks for the view it holds.
for (const [lang, path] of [
  ["fr", "./?lang=fr"],
  ["en", "./en/?lang=en"],
] as const) {
  test(`a shortcut works from the moment the page is the app's (${lang}, prerendered)`, async ({ page }) => {
    // The app's mark that its controls work (html[data-ready]) is answered at once with a key. The
    // prerendered page's results are hydrated after the app around them: they must be in by then.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.documentElement.hasAttribute("data-ready")) return;
        observer.disconnect();
        document.dispatchEvent(new KeyboardEvent("keydown", { key: "?", bubbles: true }));
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
    });
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("data-prerendered");
    await expect(page.getByRole("dialog", { name: DIALOG[lang] })).toBeVisible();
  });
}

test("Esc in the shortcuts dialog closes the dialog, not the open alert", async ({ page }) => {
  const id = "AppServices_DownloadUsingCertutil";
  await openApp(page, `?lang=en&alert=${id}`);
  await expect(detailPane(page)).toBeVisible();
  await focusPage(page);
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(detailPane(page)).toBeVisible();
  expect(urlParams(page).get("alert")).toBe(id);
});

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

  test("the whole product by keyboard alone", async ({ page, context }) => {
    test.setTimeout(120_000);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openApp(page, "?lang=en");
    const button = (name: string | RegExp) => page.getByRole("button", { name, exact: true });

    // Theme and language, from the header.
    await tabUntil(page, button(/Dark theme/), { max: 120 });
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await tabUntil(page, languageButton(page, "fr"));
    await page.keyboard.press("Enter");
    await expect(resultCount(page)).toHaveText("40 alertes sur 40");
    await tabUntil(page, languageButton(page, "en"));
    await page.keyboard.press("Space");
    await expect(resultCount(page)).toHaveText("40 of 40 alerts");

    // About, then the shortcuts help with "?", each closed with Escape.
    await tabUntil(page, button("About this catalog"), { key: "Shift+Tab", max: 120 });
    await page.keyboard.press("Enter");
    await expect(page.getByRole("dialog", { name: "About this catalog" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: DIALOG.en })).toBeVisible();
    await page.keyboard.press("Escape");

    // "/" to search, then the matrix and one of its cells, then a sort by keyboard.
    await page.keyboard.press("/");
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type("certutil"); // alerts with tactics, so the matrix has cells to press
    await expect(resultCount(page)).toHaveText(/^[1-9] of 40 alerts$/);
    await tabUntil(page, button("Matrix"), { max: 120 });
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("matrix")).toBeVisible();
    await tabUntil(page, button(/^\d+ alerts?, .*: show (it|them) in the table$/), { max: 120 });
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("matrix")).toHaveCount(0);
    await tabUntil(page, page.locator('th[data-column="title"] button'), { max: 120 });
    await page.keyboard.press("Enter");
    await expect(page.locator('th[data-column="title"]')).toHaveAttribute("aria-sort", "ascending");

    // j moves to a row; Enter opens it; the pane by keyboard; Escape closes it.
    await page.keyboard.press("j");
    await page.keyboard.press("Enter");
    await expect(detailPane(page)).toBeVisible();
    const id = urlParams(page).get("alert") ?? "";
    await tabUntil(page, button("FR | EN side by side"), { max: 120 });
    await page.keyboard.press("Enter");
    await expect(detailPane(page).getByTestId("bilingual")).toBeVisible();
    const copyLink = detailPane(page).getByRole("button", { name: /^Copy link/ });
    await tabUntil(page, copyLink, { max: 120 });
    await page.keyboard.press("Enter");
    await expect(copyLink).toContainText("Copied");
    await page.keyboard.press("Escape");
    await expect(detailPane(page)).toHaveCount(0);
    await expect(titleLink(page, id)).toBeFocused();

    // Export the view and clear the filters.
    const download = page.waitForEvent("download");
    await tabUntil(page, button("Export CSV"), { key: "Shift+Tab", max: 120 });
    await page.keyboard.press("Enter");
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    // Clear all clears the filters the matrix cell set, and leaves the search as typed.
    await tabUntil(page, button("Clear all"), { key: "Shift+Tab", max: 120 });
    await page.keyboard.press("Enter");
    await expect.poll(() => urlParams(page).has("tactic")).toBe(false);
    await expect(searchBox(page)).toHaveValue("certutil");
  });
});

test.describe("the error screen", () => {
  // A first visit to a deployment whose catalog is missing: the browser notes the 404.
  test.use({ serviceWorkers: "block", allowedConsoleErrors: [/status of 404/] });

  test("by keyboard: Retry with Enter once the catalog is back", async ({ page }) => {
    const site = await startSite();
    try {
      const good = site.read("catalog.json");
      site.remove("catalog.json");
      await page.goto(`${site.url}?lang=en`);
      await expect(page.getByRole("alert")).toContainText("404");
      site.write("catalog.json", good);
      await page.keyboard.press("Tab");
      await expect(page.getByRole("button", { name: "Retry" })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(resultCount(page)).toHaveText("40 of 40 alerts");
    } finally {
      await site.stop();
    }
  });
});
