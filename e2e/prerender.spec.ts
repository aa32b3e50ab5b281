import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, resultCount, rows, searchBox, test, urlParams } from "./support/fixtures";

/**
 * Records what each animation frame shows, from the first one: the page's language and result
 * count whenever #root is visible. A frame's state at requestAnimationFrame is what it paints.
 */
async function recordFrames(page: Page) {
  await page.addInitScript(() => {
    const frames: { lang: string; count: string | null }[] = [];
    (window as unknown as { frames_: typeof frames }).frames_ = frames;
    const record = () => {
      const root = document.getElementById("root");
      if (root && root.childElementCount > 0) {
        const style = getComputedStyle(root);
        if (style.visibility !== "hidden" && style.display !== "none") {
          const count = document.querySelector('[data-testid="result-count"]')?.textContent ?? null;
          frames.push({ lang: document.documentElement.lang, count });
        }
      }
      if (frames.length < 30) requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  return () =>
    page.evaluate(() => (window as unknown as { frames_: { lang: string; count: string | null }[] }).frames_);
}

const appReady = (page: Page) => expect(page.locator("html[data-ready]")).toHaveCount(1);

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, language, title, description, other] of [
    ["./", "fr", "Détection d’un appel de thème WordPress suspect", "thème WordPress", "English"],
    ["./en/", "en", "Suspicious WordPress theme invocation detected", "WordPress theme", "Français"],
  ] as const) {
    test(`the ${language} page is the whole catalog in its language, with a link to the other`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      await expect(rows(page)).toHaveCount(40);
      const row = rows(page).filter({ hasText: title });
      await expect(row.locator("p", { hasText: description })).toBeVisible();
      await expect(row.getByText("Windows").filter({ visible: true })).toHaveCount(1);
      await expect(page.getByText("AppServices_CurlToDisk").filter({ visible: true })).toHaveCount(1);
      // What cannot work without JavaScript is gone, or takes no clicks.
      await expect(searchBox(page)).toBeHidden();
      await expect(page.locator("[data-facet]").first()).toBeHidden();
      await expect(page.getByRole("button", { name: /^(FR|EN)/ })).toHaveCount(0);
      await expect(row.locator("[data-alert-link]")).toHaveCSS("pointer-events", "none");
      await page.getByTestId("noscript-note").getByRole("link", { name: other }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", language === "fr" ? "en" : "fr");
      await expect(rows(page)).toHaveCount(40);
    });
  }
});

test.describe("read as without JavaScript (its scripts blocked, so that axe can run)", () => {
  for (const [path, width] of [
    ["./", 1440],
    ["./en/", 390],
  ] as const) {
    test(`${path} at ${width} px passes axe`, async ({ page }) => {
      // A page of its own: the fixture's would wait for the app, which never starts here.
      const reader = await page.context().newPage();
      await reader.setViewportSize({ width, height: 900 });
      await reader.route(/early\.js$/, (route) =>
        route.fulfill({ contentType: "text/javascript", body: "" }),
      );
      await reader.goto(path);
      await expect(reader.locator("html")).not.toHaveClass(/\bjs\b/);
      await expect(rows(reader).first().getByTestId("row-description")).toBeVisible();
      await expectNoAxeViolations(reader);
    });
  }
});

test.describe("with JavaScript", () => {
  for (const [path, language, count, found] of [
    ["./?lang=fr", "fr", "40 alertes sur 40", "2 alertes sur 40"],
    ["./en/", "en", "40 of 40 alerts", "2 of 40 alerts"],
  ] as const) {
    test(`the ${language} page shows its default view at once, then the app takes it over`, async ({
      page,
    }) => {
      const frames = await recordFrames(page);
      await page.goto(path);
      await appReady(page);
      // Frames painted while the HTML is still being parsed may not reach the count yet; none may
      // show another language or another count.
      const shown = await frames();
      expect(shown.length).toBeGreaterThan(0);
      for (const frame of shown)
        expect(frame).toEqual({ lang: language, count: frame.count === null ? null : count });
      expect(shown.some((frame) => frame.count === count)).toBe(true);
      await expect(page.locator("html")).not.toHaveAttribute("data-stale");
      // The descriptions that the page shows without JavaScript are the detail pane's to show.
      await expect(rows(page).first().getByTestId("row-description")).toBeHidden();
      await searchBox(page).fill("certutil");
      await expect(resultCount(page)).toHaveText(found);
      await expect(rows(page)).toHaveCount(2);
    });
  }

  for (const [path, found] of [
    ["./?lang=fr", "2 alertes sur 40"],
    ["./en/", "2 of 40 alerts"],
  ] as const) {
    test(`${path}: keys typed into the search box before the app has taken the page over are searched`, async ({
      page,
    }) => {
      // The app's entry held back: the prerendered page is all there is while the keys go in.
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route("**/assets/index-*.js", async (route) => {
        await held;
        await route.continue();
      });
      // The fixture's navigation waits for the app: it is awaited once the app may come.
      const navigated = page.goto(path);
      await searchBox(page).click();
      await page.keyboard.type("certutil");
      await expect(page.locator("html")).not.toHaveAttribute("data-ready");
      await expect(searchBox(page)).toHaveValue("certutil");
      release();
      await navigated;
      await appReady(page);
      await expect(resultCount(page)).toHaveText(found);
      await expect(searchBox(page)).toHaveValue("certutil");
      await expect(searchBox(page)).toBeFocused();
      await expect.poll(() => urlParams(page).get("q")).toBe("certutil");
    });
  }

  for (const [name, path, language, count] of [
    ["a filtered link", "./?lang=fr&severity=High&platform=Linux", "fr", "7 alertes sur 40"],
    ["?lang=en at the root", "./?lang=en", "en", "40 of 40 alerts"],
    ["?lang=fr on the English page", "./en/?lang=fr", "fr", "40 alertes sur 40"],
  ] as const) {
    test(`${name} shows its own view in the first frame that shows anything`, async ({ page }) => {
      const frames = await recordFrames(page);
      await page.goto(path);
      await appReady(page);
      await expect(resultCount(page)).toHaveText(count);
      const shown = await frames();
      expect(shown.length).toBeGreaterThan(0);
      for (const frame of shown) {
        expect(frame.lang).toBe(language);
        expect([null, count]).toContain(frame.count);
      }
    });
  }

  test("a saved language other than the page's is shown from the first frame", async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem("appservice-alerts.language", "en"));
    const frames = await recordFrames(page);
    await page.goto("./");
    await appReady(page);
    await expect(resultCount(page)).toHaveText("40 of 40 alerts");
    for (const frame of await frames()) expect(frame.lang).toBe("en");
  });

  test("the English page works offline after one visit", async ({ page, context }) => {
    await page.goto("./en/");
    await appReady(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
    });
    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(rows(page)).toHaveCount(40);
    await searchBox(page).fill("certutil");
    await expect(resultCount(page)).toHaveText("2 of 40 alerts");
    await context.setOffline(false);
  });
});
