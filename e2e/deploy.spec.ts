import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "@playwright/test";
import { expect, languageButton, openApp, rowIds, rows, test } from "./support/fixtures";
import { startSite } from "./support/site";

const waitForServiceWorker = (page: Page) =>
  expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 })
    .toBe(true);

test.describe("any static host, any path", () => {
  test("deep links work under a nested path of a plain static server", async ({ page, baseURL }) => {
    expect(new URL(baseURL ?? "").pathname).toBe("/any/nested/path/");
    await openApp(page, "?lang=en&tactic=PreAttack&alert=AppServices_Nmap");
    await expect(page.getByRole("complementary", { name: "NMap scanning detected" })).toBeVisible();
    expect(await rowIds(page)).toHaveLength(5);
  });

  test("a journey requests nothing outside the page's own origin", async ({ page, baseURL }) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await openApp(page, "?lang=en");
    await page.getByRole("searchbox").fill("php");
    await rows(page).first().click();
    await languageButton(page, "fr").click();
    await page.getByRole("button", { name: "À propos de ce catalogue" }).click();
    const origin = new URL(baseURL ?? "").origin;
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(origin))).toEqual([]);
  });

  test("is installable: a manifest with our own icons", async ({ request }) => {
    const manifest = await (await request.get("./manifest.webmanifest")).json();
    expect(manifest.start_url).toBe("./");
    for (const icon of manifest.icons) expect((await request.get(`./${icon.src}`)).ok()).toBe(true);
  });
});

test.describe("offline", () => {
  test("after one visit, the app reloads and works with the network off", async ({ page, context }) => {
    await openApp(page, "?lang=en");
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await expect(rows(page)).toHaveCount(40);
    await page.getByRole("searchbox").fill("certutil");
    await expect(page.getByTestId("result-count")).toHaveText("2 of 40 alerts");
    await page.goto("./?lang=fr&alert=AppServices_ReverseShell");
    await expect(page.getByRole("complementary")).toContainText("AppServices_ReverseShell");
    await context.setOffline(false);
  });

  test("a new deployment is picked up on the next visit, after the user is told", async ({ browser }) => {
    const site = await startSite();
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}?lang=en&alert=AppServices_EICAR`);
      const pane = page.getByRole("complementary");
      await expect(pane).toContainText("Microsoft Defender for Cloud test alert");
      await waitForServiceWorker(page);

      // Redeploy: a changed catalog, and with it a service worker of another version.
      site.edit("catalog.json", (text) =>
        text.replace("Microsoft Defender for Cloud test alert", "Redeployed test alert"),
      );
      site.edit("sw.js", (text) => text.replace(/const VERSION = "(\w+)"/, 'const VERSION = "$1-next"'));

      await page.reload();
      await expect(pane).toContainText("Microsoft Defender for Cloud test alert"); // still the cached version
      const notice = page.getByRole("status").filter({ hasText: "new version" });
      await expect(notice).toBeVisible({ timeout: 15_000 });
      await notice.getByRole("button", { name: "Reload" }).click();
      await expect(page.getByRole("complementary")).toContainText("Redeployed test alert");
    } finally {
      await context.close();
      await site.stop();
    }
  });
});

test.describe("single file", () => {
  const file = resolve("dist-single/index.html");

  test("works opened straight from disk", async ({ page }) => {
    expect(existsSync(file), "run `npm run build:single` first").toBe(true);
    await page.goto(`${pathToFileURL(file).href}?lang=en&q=certutil`);
    await expect(page.getByTestId("result-count")).toHaveText("2 of 40 alerts");
    await page.locator("fieldset[data-facet=severity] input[data-value=High]").check();
    // The box is ticked at once; the rows follow in the next render.
    await expect(page.getByTestId("result-count")).toHaveText("1 of 40 alerts");
    expect(await rowIds(page)).toEqual(["AppServices_ExecutableDecodedUsingCertutil"]);
    await rows(page).first().click();
    await expect(
      page.getByRole("complementary", { name: "Executable decoded using certutil" }),
    ).toBeVisible();
    await languageButton(page, "fr").click();
    await expect(
      page.getByRole("complementary", { name: "Exécutable décodé à l’aide de certutil" }),
    ).toBeVisible();
    expect(page.url()).toContain("lang=fr");
    expect(page.url()).toContain("alert=AppServices_ExecutableDecodedUsingCertutil");
  });
});
