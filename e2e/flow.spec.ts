import type { Page } from "@playwright/test";
import {
  detailPane,
  expect,
  openApp,
  resultCount,
  rowIds,
  rows,
  searchBox,
  test,
  titleLink,
  urlParams,
} from "./support/fixtures";

/**
 * The 3 a.m. path of issue 17, on a wide screen and a phone: paste an ID and land on its alert,
 * go from the search box to the results and through them by keyboard, see why a row matched,
 * and send the view as a link.
 */

const SPACED = "AppServices_KnownCredential AccessTools"; // as published; the portal drops the space
const CURL = "AppServices_CurlToDisk";

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Pastes text into the search box as a user does: through the clipboard, with the keyboard. */
async function paste(page: Page, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await searchBox(page).focus();
  await page.keyboard.press("ControlOrMeta+V");
}

/** The focused element: its alert link, or else its tag and id. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element?.getAttribute("data-alert-link") ?? `${element?.tagName.toLowerCase()}#${element?.id}`;
  });

/** Whether the focused element shows an outline and nothing covers its middle. */
const focusShows = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return "lost";
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 10));
    if (getComputedStyle(element).outlineStyle === "none") return "no outline";
    return hit && (element === hit || element.contains(hit) || hit.contains(element)) ? "shown" : "covered";
  });

const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

for (const viewport of SIZES) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, permissions: ["clipboard-read", "clipboard-write"] });

    test("1. a pasted ID opens its alert, quoted, lower-cased or as the portal spells it", async ({
      page,
    }) => {
      await openApp(page, "?lang=en");
      await paste(page, '"AppServices_KnownCredentialAccessTools" ');
      await expect(detailPane(page).locator("code").first()).toHaveText(SPACED);
      expect(urlParams(page).get("alert")).toBe(SPACED);
      await expect(detailPane(page).getByRole("heading", { level: 2 })).toBeFocused();

      await page.keyboard.press("Escape");
      await expect(detailPane(page)).toHaveCount(0);
      await expect(rows(page)).toHaveCount(1);
      expect(await rowIds(page)).toEqual([SPACED]);

      await searchBox(page).fill("");
      await paste(page, "appservices_curltodisk");
      await expect(detailPane(page).locator("code").first()).toHaveText(CURL);
      expect(urlParams(page).get("alert")).toBe(CURL);
    });

    test("1. typed, an ID waits for Enter; Enter opens it, or else the first result", async ({ page }) => {
      await openApp(page, "?lang=fr&sort=title");
      await searchBox(page).pressSequentially("appservices suspectdownload");
      // Two IDs start so: the one named exactly opens, not the first row.
      await expect(rows(page)).toHaveCount(2);
      await expect(detailPane(page)).toHaveCount(0);
      await page.keyboard.press("Enter");
      await expect(detailPane(page).locator("code").first()).toHaveText("AppServices_SuspectDownload");
      await page.keyboard.press("Escape");
      await expect(detailPane(page)).toHaveCount(0);

      await searchBox(page).fill("certutil");
      await expect(resultCount(page)).toHaveText("2 alertes sur 40");
      const [first] = (await rowIds(page)) as string[];
      await searchBox(page).press("Enter");
      await expect(detailPane(page).locator("code").first()).toHaveText(first as string);
    });

    test("1. Enter in the very frame of the last key opens the first result of the whole text", async ({
      page,
    }) => {
      await openApp(page, "?lang=en&sort=title");
      const [firstOfAll] = (await rowIds(page)) as string[];
      await searchBox(page).evaluate((box: HTMLInputElement) => {
        // The text and Enter in one task: no frame comes between them to send the text on.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(box, "certutil");
        box.dispatchEvent(new Event("input", { bubbles: true }));
        box.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
      });
      await expect(resultCount(page)).toHaveText("2 of 40 alerts");
      const [first] = (await rowIds(page)) as string[];
      expect(first).not.toBe(firstOfAll);
      await expect(detailPane(page).locator("code").first()).toHaveText(first as string);
    });

    test("1. a link's alert in any case opens it; an unknown one is searched, the closest IDs offered", async ({
      page,
    }) => {
      await openApp(page, "?lang=en&alert=appservices_curltodisk");
      await expect(detailPane(page).locator("code").first()).toHaveText(CURL);
      await expect.poll(() => urlParams(page).get("alert")).toBe(CURL);

      await openApp(page, `?lang=en&q=${encodeURIComponent(`"${SPACED.replace(" ", "")}"`)}`);
      await expect(detailPane(page).locator("code").first()).toHaveText(SPACED);

      await openApp(page, "?lang=fr&alert=AppServices_CurlToDisks");
      await expect(page.getByRole("alert")).toContainText("AppServices_CurlToDisks");
      await expect(searchBox(page)).toHaveValue("AppServices_CurlToDisks");
      await expect(detailPane(page)).toHaveCount(0);
      const suggestion = page.getByTestId("id-suggestions").getByRole("link", { name: CURL });
      await expect(suggestion).toHaveAttribute("href", `?lang=fr&alert=${CURL}`);
      await suggestion.click();
      await expect(detailPane(page).locator("code").first()).toHaveText(CURL);
      expect(urlParams(page).has("q")).toBe(false);
    });

    test("2. ↓ goes from the search box to the results; Esc leaves the box, a second Esc clears it", async ({
      page,
    }) => {
      await openApp(page, "?lang=en&q=certutil");
      const ids = (await rowIds(page)) as string[];
      await searchBox(page).focus();
      await page.keyboard.press("ArrowDown");
      expect(await focused(page)).toBe(ids[0]);
      expect(await focusShows(page)).toBe("shown");
      await page.keyboard.press("j");
      expect(await focused(page)).toBe(ids[1]);

      await searchBox(page).focus();
      await page.keyboard.press("Escape");
      await expect(searchBox(page)).not.toBeFocused();
      await expect(searchBox(page)).toHaveValue("certutil");
      expect(await focusShows(page)).toBe("shown");
      await page.keyboard.press("Escape");
      await expect(searchBox(page)).toHaveValue("");
      await expect(searchBox(page)).toBeFocused();
      await expect(resultCount(page)).toHaveText("40 of 40 alerts");
    });

    test("2. with an alert open, j/k and →/← step through the results; the pane and focus follow", async ({
      page,
    }) => {
      await openApp(page, "?lang=en&q=suspicious&sort=title");
      const ids = (await rowIds(page)) as string[];
      expect(ids.length).toBeGreaterThan(3);
      await titleLink(page, ids[0] as string).click();
      const code = detailPane(page).locator("code").first();
      await expect(code).toHaveText(ids[0] as string);

      for (const [key, index] of [
        ["j", 1],
        ["ArrowRight", 2],
        ["k", 1],
        ["ArrowLeft", 0],
        ["ArrowLeft", 0], // the first stays the first
      ] as const) {
        await page.keyboard.press(key);
        await expect(code).toHaveText(ids[index] as string);
        expect(urlParams(page).get("alert")).toBe(ids[index]);
        await expect(detailPane(page).getByRole("heading", { level: 2 })).toBeFocused();
        expect(await focusShows(page), `after ${key}`).toBe("shown");
      }
      await page.keyboard.press("j");
      await expect(code).toHaveText(ids[1] as string);
      await page.keyboard.press("Escape");
      await expect(detailPane(page)).toHaveCount(0);
      await expect(titleLink(page, ids[1] as string)).toBeFocused();
      expect(await focusShows(page)).toBe("shown");
    });

    test("2. the shortcuts dialog lists exactly these keys", async ({ page }) => {
      await openApp(page, "?lang=fr");
      await page.getByRole("button", { name: "Raccourcis clavier", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Raccourcis clavier" });
      await expect(dialog.locator("kbd")).toHaveText([
        "/",
        "?",
        "↓",
        "Entrée",
        "Échap",
        "j",
        "↓",
        "k",
        "↑",
        "Entrée",
        "j",
        "→",
        "k",
        "←",
        "Échap",
      ]);
    });

    test("6. a match only in the description shows its sentence, highlighted", async ({ page }) => {
      await openApp(page, "?lang=en&q=pastebin");
      await expect(rows(page)).toHaveCount(1);
      const snippet = rows(page).locator("[data-snippet]");
      await expect(snippet).toBeVisible();
      await expect(snippet).toContainText("raw data websites such as Pastebin");
      await expect(snippet.locator("mark")).toHaveText(["Pastebin"]);

      // A match in the title needs no snippet.
      await searchBox(page).fill("certutil");
      await expect(rows(page)).toHaveCount(2);
      await expect(page.locator("[data-snippet]")).toHaveCount(0);
    });

    test("6. the empty state names the search and offers what there is to clear", async ({ page }) => {
      await openApp(page, "?lang=en&q=zzzz");
      const empty = page.getByTestId("empty-state");
      // The search is quoted inside a bidi isolate (FSI…PDI), as any text from outside.
      await expect(empty).toContainText("No alert matches “\u2068zzzz\u2069”.");
      await expect(empty).not.toContainText("filters");
      await expect(empty.getByRole("button")).toHaveText(["Clear search"]);

      await openApp(page, "?lang=fr&q=zzzz&severity=High");
      await expect(empty).toContainText(
        "Aucune alerte ne correspond à « \u2068zzzz\u2069 » avec ces filtres.",
      );
      await empty.getByRole("button", { name: "Effacer les filtres" }).click();
      expect(urlParams(page).has("severity")).toBe(false);
      await expect(searchBox(page)).toHaveValue("zzzz");
      await expect(empty.getByRole("button")).toHaveText(["Effacer la recherche"]);
      await empty.getByRole("button", { name: "Effacer la recherche" }).click();
      await expect(resultCount(page)).toHaveText("40 alertes sur 40");
    });
  });
}

/**
 * Records, the first time the result count reads zero, whether what explains it (`explanation`, a
 * selector) is on the page in the same change of the DOM.
 */
function recordExplanationOfZero(explanation: string) {
  const seen = window as unknown as { explainedWithZero?: boolean };
  new MutationObserver(() => {
    if (seen.explainedWithZero !== undefined) return;
    if (!document.querySelector('[data-testid="result-count"]')?.textContent?.startsWith("0 ")) return;
    seen.explainedWithZero = document.querySelector(explanation) !== null;
  }).observe(document, { subtree: true, childList: true, characterData: true });
}
const explainedWithZero = (page: Page) =>
  expect.poll(() => page.evaluate(() => (window as { explainedWithZero?: boolean }).explainedWithZero));

/** The code of what a view that finds nothing shows, each module's chunk by its file name. */
const NOTHING_FOUND_CHUNKS = ["empty-state", "not-found-notice", "id-suggestions"];
/** Resolves once the page has received every chunk of NOTHING_FOUND_CHUNKS. */
function nothingFoundCode(page: Page) {
  const pending = new Set(NOTHING_FOUND_CHUNKS);
  return new Promise<void>((resolve) => {
    page.on("response", (response) => {
      const file = new URL(response.url()).pathname.split("/").pop() ?? "";
      for (const chunk of pending) if (file.startsWith(`${chunk}-`)) pending.delete(chunk);
      if (pending.size === 0) resolve();
    });
  });
}

test.describe("a view that finds nothing says why with its count, not after it", () => {
  for (const [name, search, explanation] of [
    ["a search", "?lang=en&q=zzzz", '[data-testid="empty-state"]'],
    ["an unknown ID", "?lang=fr&alert=AppServices_CurlToDisc", '[role="alert"]'],
  ] as const) {
    test(`a link with ${name}`, async ({ page }) => {
      await page.addInitScript(recordExplanationOfZero, explanation);
      // Their code is asked for as the app starts: the catalog comes once it is in, as the larger
      // file does on a real link.
      const code = nothingFoundCode(page);
      await page.route("**/catalog.json", async (route) => {
        await code;
        await route.continue();
      });
      await openApp(page, search);
      await explainedWithZero(page).toBe(true);
    });
  }

  test("a reader's search", async ({ page }) => {
    await page.addInitScript(recordExplanationOfZero, '[data-testid="empty-state"]');
    await openApp(page, "?lang=en");
    // Their code is asked for at the reader's first input, and comes while they type.
    const code = nothingFoundCode(page);
    await searchBox(page).click();
    await code;
    await page.keyboard.type("zzzz");
    await expect(page.getByTestId("empty-state")).toBeVisible();
    await explainedWithZero(page).toBe(true);
  });
});

for (const viewport of SIZES) {
  test.describe(`${viewport.width}×${viewport.height}, a French browser, no language in the link`, () => {
    test.use({ viewport, locale: "fr-FR", permissions: ["clipboard-read", "clipboard-write"] });

    test("7. Copy link to this view copies the view, its language included, as every link does", async ({
      page,
    }) => {
      await openApp(page, "?q=certutil&severity=High");
      await expect(resultCount(page)).toHaveText("1 alerte sur 40");
      // On a phone the copy waits in the Actions menu.
      const phone = viewport.width < 768;
      if (phone) await page.getByRole("button", { name: "Actions" }).click();
      const copy = page.getByRole(phone ? "menuitem" : "button", { name: /^Copier le lien de cette vue/ });
      await copy.click();
      await expect(copy).toContainText("Copié");
      const link = new URL(await readClipboard(page));
      expect(link.search).toBe("?lang=fr&q=certutil&severity=High");
      expect(link.href.startsWith(new URL("./", page.url()).href)).toBe(true);

      const [id] = (await rowIds(page)) as string[];
      await expect(titleLink(page, id as string)).toHaveAttribute(
        "href",
        `?lang=fr&q=certutil&severity=High&alert=${id}`,
      );

      // The link opens the same view for an English-speaking colleague.
      const colleague = await page.context().browser()?.newContext({ locale: "en-US" });
      const other = await colleague?.newPage();
      if (!other) throw new Error("no second browser context");
      await other.goto(link.href);
      await expect(resultCount(other)).toHaveText("1 alerte sur 40");
      await colleague?.close();
    });
  });
}
