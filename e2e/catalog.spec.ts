import { readFileSync } from "node:fs";
import { expect, openApp, rowIds, test } from "./support/fixtures";

const source = readFileSync(new URL("../build/catalog/source/app-service.fr.txt", import.meta.url), "utf8");
const sourceIds = [...source.matchAll(/^\((.+)\)$/gm)].map((match) => match[1]);

test("serves catalog.json next to the page, following the contract", async ({ request }) => {
  const response = await request.get("./catalog.json");
  expect(response.ok()).toBe(true);
  const catalog = await response.json();
  expect(catalog.schemaVersion).toBe(1);
  expect(catalog.alerts.map((alert: { id: string }) => alert.id)).toEqual(sourceIds);
});

test("the built app shows every alert of the source page", async ({ page }) => {
  await openApp(page, "?lang=fr");
  expect(sourceIds).toHaveLength(40);
  expect((await rowIds(page)).sort()).toEqual([...sourceIds].sort());
  await expect(page.getByTestId("result-count")).toHaveText("40 alertes sur 40");
});

test("the first frame draws a screenful of rows, marked busy, and the rest follow at once", async ({
  page,
}) => {
  // Records, in the first frame that shows a row, how many rows there are and whether the table
  // says it is still filling in.
  await page.addInitScript(() => {
    const look = () => {
      const table = document.querySelector("table");
      const rows = document.querySelectorAll("tbody tr").length;
      if (rows === 0) return requestAnimationFrame(look);
      (window as unknown as { firstFrame: unknown }).firstFrame = {
        rows,
        busy: table?.getAttribute("aria-busy") ?? null,
      };
    };
    requestAnimationFrame(look);
  });
  await page.goto("./?lang=en");
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { firstFrame: unknown }).firstFrame))
    .toEqual({
      rows: 20,
      busy: "true",
    });
  await expect(page.locator("tbody tr")).toHaveCount(40);
  await expect(page.locator("table")).not.toHaveAttribute("aria-busy");
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
});
