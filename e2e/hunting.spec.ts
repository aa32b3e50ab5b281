import type { Page } from "@playwright/test";
import {
  type CatalogAlert,
  detailPane,
  expect,
  fetchCatalog,
  openApp,
  resultCount,
  rowIds,
  rows,
  test,
  titleLink,
  urlParams,
} from "./support/fixtures";

const SPACED_ID = "AppServices_KnownCredential AccessTools"; // published with a space
const SPACED_URL = `alert=${encodeURIComponent(SPACED_ID)}`;

const TEXT = {
  en: {
    hunting: "Hunting queries",
    copy: "Copy query",
    copied: "Copied",
    copySet: (count: number) =>
      count === 1 ? "Copy KQL for this alert" : `Copy KQL for these ${count} alerts`,
    bilingual: "FR | EN side by side",
  },
  fr: {
    hunting: "Requêtes de chasse",
    copy: "Copier la requête",
    copied: "Copié",
    copySet: (count: number) =>
      count === 1 ? "Copier le KQL de cette alerte" : `Copier le KQL de ces ${count} alertes`,
    bilingual: "FR | EN côte à côte",
  },
} as const;

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** One query block of the pane: its heading, its code and its copy button. */
function queryBlock(page: Page, label: string) {
  const block = detailPane(page)
    .locator("div")
    .filter({ has: page.getByRole("heading", { level: 4, name: label, exact: true }) })
    .filter({ has: page.locator("pre") });
  return { block, code: block.locator("pre code"), copy: block.getByRole("button") };
}

/** The exact text of a code block (textContent keeps line breaks and spacing as they are). */
const exactText = async (page: Page, label: string) =>
  (await queryBlock(page, label).code.evaluate((code) => code.textContent)) ?? "";

/** The string literals of the `AlertType in (…)` line of a Sentinel query, unescaped. */
function alertTypesIn(query: string): string[] {
  const line = query.split("\n").find((candidate) => candidate.startsWith("| where AlertType in ("));
  if (!line) throw new Error(`no "AlertType in (" line in:\n${query}`);
  expect(line).toMatch(/^\| where AlertType in \((".*")\)$/);
  return [...line.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) =>
    (match[1] as string).replace(/\\(.)/g, "$1"),
  );
}

test.describe("hunting queries", () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  });

  for (const lang of ["en", "fr"] as const) {
    const text = TEXT[lang];

    test(`the detail pane gives Sentinel and Resource Graph queries for the ID with a space (${lang})`, async ({
      page,
    }) => {
      await openApp(page, `?lang=${lang}`);
      await titleLink(page, SPACED_ID).click();
      await expect(detailPane(page)).toBeVisible();
      const section = detailPane(page).getByRole("region", { name: text.hunting });
      await expect(section).toBeVisible();
      await expect(section.locator("pre")).toHaveCount(2);

      const sentinel = queryBlock(page, "Microsoft Sentinel / Log Analytics (KQL)");
      await expect(sentinel.code).toBeVisible();
      const kql = await exactText(page, "Microsoft Sentinel / Log Analytics (KQL)");
      const kqlLines = kql.split("\n");
      expect(kqlLines[0]).toBe("SecurityAlert");
      expect(kqlLines).toContain(`| where AlertType == "AppServices_KnownCredential AccessTools"`);
      expect(kqlLines).toContain("| where TimeGenerated > ago(30d)");
      expect(kql).not.toContain("AlertType in (");

      const graph = queryBlock(page, "Azure Resource Graph");
      await expect(graph.code).toBeVisible();
      const arg = await exactText(page, "Azure Resource Graph");
      expect(arg.split("\n")[0]).toBe("securityresources");
      expect(arg).toContain('| where type =~ "microsoft.security/locations/alerts"');
      expect(arg).toContain("properties.alertType");
      expect(arg).toContain("properties.AlertType");
      expect(arg).toContain(`| where alertType == "AppServices_KnownCredential AccessTools"`);

      // Each copy button puts its block's exact text on the clipboard.
      for (const [label, expected] of [
        ["Microsoft Sentinel / Log Analytics (KQL)", kql],
        ["Azure Resource Graph", arg],
      ] as const) {
        const { copy } = queryBlock(page, label);
        await expect(copy).toHaveAccessibleName(new RegExp(`^${text.copy}`));
        await copy.click();
        await expect(copy).toContainText(text.copied);
        await expect.poll(() => readClipboard(page)).toBe(expected);
      }
    });

    test(`the toolbar copies one KQL query for the visible alerts (${lang})`, async ({ page, request }) => {
      await openApp(page, `?lang=${lang}&severity=High&sort=title`);
      await expect(resultCount(page)).toHaveText(/^11 /);
      const ids = await rowIds(page);
      expect(ids).toContain(SPACED_ID);

      const copySet = page.getByRole("button", { name: text.copySet(ids.length) });
      await copySet.click();
      await expect(copySet).toContainText(text.copied);
      await expect.poll(async () => (await readClipboard(page)).includes("AlertType in (")).toBe(true);
      const query = await readClipboard(page);
      // Retired alerts are named first, in comments; then our ATT&CK mapping as a table; then the
      // query proper, which looks the mapping up beside Microsoft's own Techniques column.
      const deprecated = new Set(
        (await fetchCatalog(request)).alerts.filter((a) => a.status === "deprecated").map((a) => a.id),
      );
      const retired = ids.filter((id) => id !== null && deprecated.has(id));
      const lines = query.split("\n");
      expect(lines.slice(0, retired.length).map((line) => line.split(":")[0])).toEqual(
        retired.map((id) => `// ${id}`),
      );
      expect(lines[retired.length]).toMatch(/^\/\/ OurTechniques: our ATT&CK [\d.]+ mapping/);
      expect(lines[retired.length + 1]).toBe(
        "let OurMapping = datatable(AlertType: string, OurTechniques: string) [",
      );
      const start = lines.indexOf("SecurityAlert");
      expect(lines[start - 1]).toBe("];");
      expect(query).toContain("| lookup kind=leftouter OurMapping on AlertType");
      expect(alertTypesIn(lines.slice(start).join("\n"))).toEqual(ids);

      // It follows the view: one alert gives an equality, not a list.
      const catalog = await fetchCatalog(request);
      const certutil = catalog.alerts.find(
        (alert) => alert.id === "AppServices_ExecutableDecodedUsingCertutil",
      ) as CatalogAlert;
      await page.getByRole("searchbox").fill("certutil");
      await expect(resultCount(page)).toHaveText(/^1 /);
      const single = page.getByRole("button", { name: text.copySet(1) });
      await single.click();
      await expect(single).toContainText(text.copied);
      await expect.poll(() => readClipboard(page)).toContain(`| where AlertType == "${certutil.id}"`);
    });
  }

  test("the set query lists exactly the visible IDs after a search", async ({ page }) => {
    await openApp(page, "?lang=en&q=certutil");
    await expect(resultCount(page)).toHaveText("2 of 40 alerts");
    const ids = await rowIds(page);
    await page.getByRole("button", { name: "Copy KQL for these 2 alerts" }).click();
    await expect.poll(async () => (await readClipboard(page)).includes("AlertType in (")).toBe(true);
    const query = await readClipboard(page);
    expect(query).toContain(
      '| where AlertType in ("AppServices_ExecutableDecodedUsingCertutil", "AppServices_DownloadUsingCertutil")',
    );
    expect(alertTypesIn(query)).toEqual(ids);
  });
});

test.describe("the copy confirmation", () => {
  // The page's clock is Playwright's, so the two-second confirmation is checked at set instants.
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
  });

  test("a second click soon after the first shows its own confirmation for two seconds", async ({ page }) => {
    await openApp(page, "?lang=en&q=certutil");
    await expect(resultCount(page)).toHaveText("2 of 40 alerts");
    await page.clock.pauseAt(Date.now() + 60_000);
    const copySet = page.getByRole("button", { name: "Copy KQL for these 2 alerts" });
    await copySet.click();
    await expect(copySet).toContainText("Copied");
    await page.clock.runFor(1500);
    await copySet.click();
    // The confirmation's two seconds start once the clipboard has taken the text, which on a busy
    // machine can be after click() returns; the page's clock stands still meanwhile.
    await page.waitForTimeout(300);
    await page.clock.runFor(1000); // 2.5 s after the first click, 1 s after the second
    await expect(copySet).toContainText("Copied");
    await page.clock.runFor(1100);
    await expect(copySet).not.toContainText("Copied");
  });

  test("a confirmation does not carry over to a different set of alerts", async ({ page }) => {
    await openApp(page, "?lang=en&q=certutil");
    await page.clock.pauseAt(Date.now() + 60_000);
    const copyTwo = page.getByRole("button", { name: "Copy KQL for these 2 alerts" });
    await copyTwo.click();
    await expect(copyTwo).toContainText("Copied");
    // Two other alerts: the same label, not what was copied. The results follow the next frame,
    // and the paused clock holds frames too: it runs a few, far short of the confirmation's time.
    await page.getByRole("searchbox").fill("dangling");
    await page.clock.runFor(100);
    await expect(resultCount(page)).toHaveText("2 of 40 alerts");
    await expect(rows(page).first()).toHaveAttribute("data-alert-id", /Dangling/);
    await expect(copyTwo).not.toContainText("Copied");
    await page.getByRole("searchbox").fill("certutil decoded");
    await page.clock.runFor(100);
    const single = page.getByRole("button", { name: "Copy KQL for this alert" });
    await expect(single).toBeVisible();
    await expect(single).not.toContainText("Copied");
  });

  test("the detail pane's confirmation does not follow to the next alert", async ({ page }) => {
    await openApp(page, "?lang=en&q=certutil&alert=AppServices_ExecutableDecodedUsingCertutil");
    await page.clock.pauseAt(Date.now() + 60_000);
    const copyId = detailPane(page).getByRole("button", { name: "Copy ID" });
    await copyId.click();
    await expect(copyId).toContainText("Copied");
    await titleLink(page, "AppServices_DownloadUsingCertutil").click();
    await expect(detailPane(page).getByRole("heading", { level: 2 })).toContainText("Certutil");
    await expect(copyId).not.toContainText("Copied");
  });
});

test.describe("FR | EN side by side", () => {
  for (const lang of ["fr", "en"] as const) {
    test(`shows both languages' title and description, kept in the URL (${lang})`, async ({
      page,
      request,
    }) => {
      const alert = (await fetchCatalog(request)).alerts.find((a) => a.id === SPACED_ID) as CatalogAlert;
      await openApp(page, `?lang=${lang}&${SPACED_URL}`);
      const pane = page.getByRole("complementary", { name: alert.title[lang], exact: true });
      await expect(pane).toBeVisible();
      const toggle = pane.getByRole("button", { name: TEXT[lang].bilingual, exact: true });
      await expect(toggle).toHaveAttribute("aria-pressed", "false");
      await expect(page.getByTestId("bilingual")).toHaveCount(0);
      expect(urlParams(page).has("bilingual")).toBe(false);

      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-pressed", "true");
      await expect.poll(() => urlParams(page).get("bilingual")).toBe("1");

      const check = async () => {
        const both = pane.getByTestId("bilingual");
        await expect(both).toBeVisible();
        await expect(both.locator("section")).toHaveCount(2);
        for (const code of ["fr", "en"] as const) {
          const section = both.locator(`section[lang=${code}]`);
          await expect(section).toBeVisible();
          await expect(section).toContainText(alert.title[code]);
          await expect(section).toContainText(alert.description[code]);
          const other = code === "fr" ? "en" : "fr";
          await expect(section).not.toContainText(alert.title[other]);
        }
      };
      await check();

      await page.reload();
      await expect(pane).toBeVisible();
      await expect(toggle).toHaveAttribute("aria-pressed", "true");
      expect(urlParams(page).get("bilingual")).toBe("1");
      expect(urlParams(page).get("alert")).toBe(SPACED_ID);
      await check();

      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-pressed", "false");
      await expect(page.getByTestId("bilingual")).toHaveCount(0);
      await expect(pane).toContainText(alert.description[lang]);
      expect(urlParams(page).has("bilingual")).toBe(false);
    });
  }
});
