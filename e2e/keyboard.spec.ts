import type { Page } from "@playwright/test";
import {
  detailPane,
  expect,
  openApp,
  resultCount,
  rowIds,
  searchBox,
  test,
  titleLink,
  urlParams,
} from "./support/fixtures";

const DIALOG = { en: "Keyboard shortcuts", fr: "Raccourcis clavier" } as const;

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
  expect(urlParams(page).get("q")).toBe("jndi");
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
    await expect(dialog.locator("kbd")).toContainText(["/", "j", "↓", "k", "↑", "Enter", "Esc", "?"]);

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
