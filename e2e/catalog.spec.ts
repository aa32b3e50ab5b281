import { readFileSync } from "node:fs";
import { expect, openApp, rowIds, test } from "./support/fixtures";

const source = readFileSync(new URL("../src/catalog/source/app-service.fr.txt", import.meta.url), "utf8");
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
