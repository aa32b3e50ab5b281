import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, openApp, resultCount, test } from "./support/fixtures";
import { type Site, startSite } from "./support/site";

/**
 * The service worker stays in its lane over a deployment's life: it keeps to its own caches beside
 * another deployment on the same origin, lets go when the site is removed or retired, and lets Retry
 * reach the server.
 */

const controlled = (page: Page) =>
  expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 })
    .toBe(true);
const registrations = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

let site: Site | undefined;
test.afterEach(async () => {
  await site?.stop();
  site = undefined;
});

test.describe("a removed or retired site lets go", () => {
  // The browser's own notes of the 404s that tell the app the site is gone.
  test.use({ allowedConsoleErrors: [/404|ServiceWorker/i] }); // one pattern: two would read as [value, options]

  test("a site that now answers 404 unregisters its worker; the next visit sees the 404", async ({
    page,
  }) => {
    site = await startSite();
    await openApp(page, "?lang=en", site);
    await controlled(page);

    for (const file of ["index.html", "en/index.html", "sw.js", "catalog.json"]) site.remove(file);
    await page.reload(); // still the app, from the worker's cache, one last time
    await expect(resultCount(page)).toHaveText("40 of 40 alerts");
    await expect.poll(() => registrations(page), { timeout: 15_000 }).toBe(0);
    await expect
      .poll(async () => (await cacheNames(page)).filter((name) => name.startsWith("alerts")))
      .toEqual([]);

    const response = await page.goto(`${site.url}?lang=en`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("body")).toHaveText("not found");
  });

  test("deploying the kill switch as sw.js clears the caches, unregisters and reloads open tabs", async ({
    page,
  }) => {
    site = await startSite();
    await openApp(page, "?lang=en", site);
    await controlled(page);
    expect((await cacheNames(page)).some((name) => name.startsWith("alerts"))).toBe(true);

    site.write("sw.js", readFileSync("deploy/retire/sw.js"));
    site.write("index.html", "<!doctype html><title>Moved</title><p>This reference has moved.</p>");
    await page.reload(); // the app from the cache checks for an update, and gets the kill switch
    await expect(page.getByText("This reference has moved.")).toBeVisible({ timeout: 15_000 });
    expect(await registrations(page)).toBe(0);
    expect((await cacheNames(page)).filter((name) => name.startsWith("alerts"))).toEqual([]);
  });
});

test("two deployments on one origin keep their own offline copies", async ({ page, context }) => {
  const root = mkdtempSync(join(tmpdir(), "alerts-two-"));
  try {
    cpSync("dist", join(root, "prod"), { recursive: true });
    cpSync("dist", join(root, "staging"), { recursive: true });
    site = await startSite({ dist: root, mount: "/" });
    // Staging runs another version, as it would.
    site.edit("staging/sw.js", (text) =>
      text.replace(/const VERSION = "(\w+)"/, 'const VERSION = "$1-staging"'),
    );

    await openApp(page, "?lang=en", { url: `${site.url}prod/` });
    await controlled(page);
    await openApp(page, "?lang=en", { url: `${site.url}staging/` });
    await controlled(page);
    const names = await cacheNames(page);
    expect(names.filter((name) => name.includes("/prod/"))).toHaveLength(1);
    expect(names.filter((name) => name.includes("/staging/"))).toHaveLength(1);

    await context.setOffline(true);
    await openApp(page, "?lang=en", { url: `${site.url}prod/` });
    await expect(resultCount(page)).toHaveText("40 of 40 alerts");
    await openApp(page, "?lang=fr", { url: `${site.url}staging/` });
    await expect(resultCount(page)).toHaveText("40 alertes sur 40");
  } finally {
    await context.setOffline(false);
    rmSync(root, { recursive: true, force: true });
  }
});

test.describe("Retry on the error screen", () => {
  test.use({ allowedConsoleErrors: [/404/] });

  test("asks the server past the worker's copy, and says what the server answered", async ({ page }) => {
    site = await startSite();
    const good = site.read("catalog.json");
    site.write("catalog.json", '{"schemaVersion": 2, "alerts": [');
    await page.goto(`${site.url}?lang=en`);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The catalog file is damaged");
    await controlled(page); // the worker now holds the damaged file

    site.remove("catalog.json");
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(alert).toContainText("The catalog file was not found (HTTP 404).");
    await expect(page.getByTestId("checked-at")).toHaveText(
      /^Asked the server again at \d{1,2}:\d{2}:\d{2}( [AP]M)?: this is its answer/,
    );

    site.write("catalog.json", good);
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(resultCount(page)).toHaveText("40 of 40 alerts");
  });
});
