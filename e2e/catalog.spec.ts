import { readFileSync } from "node:fs";
import { expect, openApp, rowIds, test } from "./support/fixtures";
import { startSite } from "./support/site";

const source = readFileSync(new URL("../build/catalog/source/app-service.fr.txt", import.meta.url), "utf8");
const sourceIds = [...source.matchAll(/^\((.+)\)$/gm)].map((match) => match[1]);

test("serves catalog.json next to the page, following the contract", async ({ request }) => {
  const response = await request.get("./catalog.json");
  expect(response.ok()).toBe(true);
  const catalog = await response.json();
  expect(catalog.schemaVersion).toBe(3);
  expect(catalog.alerts.map((alert: { id: string }) => alert.id)).toEqual(sourceIds);
});

test("the built app shows every alert of the source page", async ({ page }) => {
  await openApp(page, "?lang=fr");
  expect(sourceIds).toHaveLength(40);
  expect((await rowIds(page)).sort()).toEqual([...sourceIds].sort());
  await expect(page.getByTestId("result-count")).toHaveText("40 alertes sur 40");
});

test.describe("on a slow network", () => {
  test.use({ serviceWorkers: "block" }); // a first visit

  test("while the catalog downloads the page says so, in its language, then shows every alert", async ({
    page,
  }) => {
    const site = await startSite();
    try {
      const catalog = site.hold("catalog.json");
      // Another view than the prerendered one, which shows without waiting (see prerender.spec.ts).
      await page.goto(`${site.url}?lang=fr&sort=title`);
      await catalog.requested;
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("status")).toContainText("Chargement");
      await expect(page.getByTestId("result-count")).toHaveCount(0);
      await expect(page.getByRole("alert")).toHaveCount(0);

      catalog.release();
      await expect(page.getByTestId("result-count")).toHaveText("40 alertes sur 40");
      expect((await rowIds(page)).sort()).toEqual([...sourceIds].sort());
    } finally {
      await site.stop();
    }
  });
});
