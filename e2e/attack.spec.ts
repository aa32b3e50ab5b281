import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import {
  type Catalog,
  detailPane,
  expect,
  facetCheckbox,
  facetCount,
  fetchCatalog,
  openApp,
  resultCount,
  row,
  rowIds,
  searchBox,
  test,
  urlParams,
} from "./support/fixtures";

/** Our ATT&CK mapping in the browser: facet and URL, search by ID, the pane's links, the layer. */

const mappedTo = (catalog: Catalog, id: string) =>
  catalog.alerts
    .filter((alert) => alert.techniques?.some((technique) => technique.id === id))
    .map((a) => a.id);
const techniqueHeading = (page: Page, lang: "en" | "fr") =>
  page.locator("summary", { hasText: lang === "en" ? "ATT&CK techniques" : "Techniques ATT&CK" });

for (const width of [1440, 390]) {
  test(`the technique facet filters, counts and lives in the URL (${width} px)`, async ({
    page,
    request,
  }) => {
    const catalog = await fetchCatalog(request);
    const ingress = mappedTo(catalog, "T1105");
    const certutil = mappedTo(catalog, "T1140");
    expect(ingress.length).toBeGreaterThan(3);
    await page.setViewportSize({ width, height: 900 });
    await openApp(page, "?lang=en");
    if (width < 768) await page.getByRole("button", { name: /^Filters/ }).click();
    await techniqueHeading(page, "en").click();
    await expect(page.getByText("Our mapping, not Microsoft's")).toBeVisible();
    await expect(facetCount(page, "technique", "T1105")).toHaveText(String(ingress.length));
    await expect(
      page.locator('fieldset[data-facet="technique"] label:has(input[data-value="T1105"])'),
    ).toContainText("T1105 Ingress Tool Transfer");
    await expectNoAxeViolations(page);

    await facetCheckbox(page, "technique", "T1105").check();
    await expect(resultCount(page)).toHaveText(`${ingress.length} of 40 alerts`);
    expect((await rowIds(page)).sort()).toEqual([...ingress].sort());
    await facetCheckbox(page, "technique", "T1140").check();
    await expect.poll(() => urlParams(page).get("technique")).toBe("T1105,T1140");
    const either = [...new Set([...ingress, ...certutil])].sort();
    await expect(resultCount(page)).toHaveText(`${either.length} of 40 alerts`);

    // The link gives a colleague the same view, the facet opened on what is chosen.
    await page.goto(`./?lang=en&technique=t1140,T9999,bogus`);
    await expect(resultCount(page)).toHaveText(`${certutil.length} of 40 alerts`);
    expect((await rowIds(page)).sort()).toEqual([...certutil].sort());
  });
}

test("search finds alerts by technique ID, sub-techniques included", async ({ page, request }) => {
  const catalog = await fetchCatalog(request);
  await openApp(page, "?lang=fr");
  await searchBox(page).fill("T1140");
  await expect(resultCount(page)).toHaveText(new RegExp(`^${mappedTo(catalog, "T1140").length} `));
  expect((await rowIds(page)).sort()).toEqual(mappedTo(catalog, "T1140").sort());
  await searchBox(page).fill("t1059.004");
  await expect(page.locator("tbody tr[data-alert-id]")).toHaveCount(1);
  expect(await rowIds(page)).toEqual(["AppServices_ReverseShell"]);
});

test("the optional column shows each alert's technique IDs, and its switch is in the URL", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, "?lang=en");
  await expect(page.locator('th[data-column="techniques"]')).toHaveCount(0);
  await techniqueHeading(page, "en").click();
  await page.getByLabel("Show as a column").check();
  expect(urlParams(page).get("columns")).toBe("techniques");
  await expect(page.locator('th[data-column="techniques"]')).toBeVisible();
  await expect(row(page, "AppServices_ReverseShell")).toContainText("T1059.004");
  await expect(
    row(page, "AppServices_ReverseShell").locator('li[title="Non-Application Layer Protocol"]'),
  ).toHaveText("T1095");
  await page.reload();
  await expect(page.locator('th[data-column="techniques"]')).toBeVisible();
});

for (const lang of ["en", "fr"] as const) {
  test(`the pane links each technique to MITRE, apart from Microsoft's tactics, with our reason (${lang})`, async ({
    page,
  }) => {
    await openApp(page, `?lang=${lang}&alert=AppServices_ExecutableDecodedUsingCertutil`);
    const pane = detailPane(page);
    const techniques = pane.getByTestId("techniques");
    const link = techniques.getByRole("link", { name: /T1140 Deobfuscate\/Decode Files or Information/ });
    await expect(link).toHaveAttribute("href", "https://attack.mitre.org/techniques/T1140");
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(
      pane.getByRole("term").filter({ hasText: lang === "en" ? "(our mapping)" : "(notre rattachement)" }),
    ).toBeVisible();
    await expect(techniques).toContainText(lang === "en" ? "not Microsoft's" : "pas celui de Microsoft");
    await expect(techniques).toContainText("ATT&CK 19.2.");
    const why = techniques.locator("summary").first();
    await why.click();
    await expect(techniques.locator("details p").first()).toHaveText(
      lang === "en"
        ? "certutil.exe used to decode an executable, the textbook case of this technique."
        : "certutil.exe utilisé pour décoder un exécutable, le cas d’école de cette technique.",
    );
    await expectNoAxeViolations(page);
  });
}

test("an alert without a sound mapping says so, with the reason", async ({ page }) => {
  await openApp(page, "?lang=en&alert=AppServices_EICAR");
  await expect(detailPane(page).getByTestId("techniques")).toContainText(
    "None — A test alert Microsoft raises on request; it records no attacker behaviour.",
  );
});

test("the Navigator layer of the view scores each technique by its alerts in view", async ({
  page,
  request,
}) => {
  const catalog = await fetchCatalog(request);
  await openApp(page, "?lang=en&platform=Linux");
  const linux = catalog.alerts.filter((alert) => alert.platforms.includes("Linux"));
  await expect(resultCount(page)).toHaveText(`${linux.length} of 40 alerts`);
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export ATT&CK Navigator layer", exact: true }).click(),
  ]);
  expect(file.suggestedFilename()).toBe(
    `appservice-alerts_en_platform-Linux_${linux.length}_attack-layer.json`,
  );
  const layer = JSON.parse(await readFile(await file.path(), "utf8"));
  expect(layer.versions).toEqual({ attack: "19", navigator: "5.2.0", layer: "4.5" });
  expect(layer.domain).toBe("enterprise-attack");
  const scored = new Map<string, number>();
  for (const alert of linux)
    for (const { id } of alert.techniques ?? []) scored.set(id, (scored.get(id) ?? 0) + 1);
  const inLayer = layer.techniques.filter((technique: { score?: number }) => technique.score !== undefined);
  expect(
    Object.fromEntries(inLayer.map((t: { techniqueID: string; score: number }) => [t.techniqueID, t.score])),
  ).toEqual(Object.fromEntries(scored));
  const ingress = inLayer.find((technique: { techniqueID: string }) => technique.techniqueID === "T1105");
  expect(ingress.comment).toContain(
    "AppServices_SuspectDownload: Detected file download from a known malicious source",
  );
  expect(ingress.links[0].url).toContain("alert=AppServices_");
  expect(layer.links[0].url).toBe(page.url());
  expect(layer.gradient.maxValue).toBe(Math.max(...scored.values()));
});
