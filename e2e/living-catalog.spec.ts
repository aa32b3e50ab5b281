import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import {
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

/**
 * The living catalog: retired alerts marked and filterable, Microsoft's English names, the
 * French page's errata in both languages, the dated change log and its Atom feed, and the status
 * in the exports and the hunting queries.
 */

const CURL = "AppServices_CurlToDisk"; // retired on 2025-12-11
const NMAP = "AppServices_Nmap"; // active
const DOMAIN = "AppServices_CommandlineSuspectDomain"; // retired, and the French page garbles it
const RELEASE_NOTES =
  "https://learn.microsoft.com/azure/defender-for-cloud/release-notes-recommendations-alerts";
const TEXT = {
  fr: { retired: "Retirée", date: "11 décembre 2025", meant: "Il faut comprendre :", changes: "Changements" },
  en: { retired: "Retired", date: "December 11, 2025", meant: "It means:", changes: "Changes" },
} as const;

for (const lang of ["fr", "en"] as const) {
  test(`a retired alert wears a badge in its row and, with date and source, in its pane (${lang})`, async ({
    page,
  }) => {
    await openApp(page, `?lang=${lang}`);
    await expect(row(page, CURL).locator('[data-status="deprecated"]')).toHaveText(`⊘${TEXT[lang].retired}`);
    await expect(row(page, NMAP).locator("[data-status]")).toHaveCount(0);
    await expect(page.locator('tbody [data-status="deprecated"]')).toHaveCount(12);

    await row(page, CURL).locator(`[data-alert-link="${CURL}"]`).click();
    const notice = detailPane(page).getByTestId("status-notice");
    await expect(notice).toContainText(TEXT[lang].date);
    await expect(notice.getByRole("link")).toHaveAttribute("href", RELEASE_NOTES);
    await expect(detailPane(page).getByTestId("detail-status")).toContainText(TEXT[lang].retired);
    // Its hunting query says first that nothing newer than the retirement can match.
    await expect(detailPane(page).locator("pre").first()).toContainText(
      `// ${CURL}: retired by Microsoft on 2025-12-11; it has not been raised since that date.`,
    );
    await expect(detailPane(page).getByTestId("alert-history")).toContainText(TEXT[lang].date);
  });
}

test("the status facet counts, filters, and lives in the URL; retired alerts stay searchable", async ({
  page,
}) => {
  await openApp(page, "?lang=en");
  await expect(resultCount(page)).toHaveText("40 of 40 alerts");
  await expect(facetCount(page, "status", "active")).toHaveText("28");
  await expect(facetCount(page, "status", "deprecated")).toHaveText("12");

  await facetCheckbox(page, "status", "deprecated").check();
  await expect(resultCount(page)).toHaveText("12 of 40 alerts");
  expect(urlParams(page).get("status")).toBe("deprecated");
  await expect(page.locator('tbody [data-status="deprecated"]')).toHaveCount(12);

  await page.goBack();
  await expect(resultCount(page)).toHaveText("40 of 40 alerts");
  expect(urlParams(page).get("status")).toBeNull();

  await openApp(page, "?lang=en&status=active");
  await expect(resultCount(page)).toHaveText("28 of 40 alerts");
  expect(await rowIds(page)).not.toContain(CURL);
  await expect(facetCheckbox(page, "status", "active")).toBeChecked();

  await openApp(page, "?lang=en&status=bogus");
  await expect(resultCount(page)).toHaveText("40 of 40 alerts");
  await searchBox(page).fill("curl");
  expect(await rowIds(page)).toContain(CURL);
});

test("the matrix says how many of a cell's alerts are retired", async ({ page }) => {
  await openApp(page, "?lang=en&view=matrix");
  const cell = page.getByTestId("matrix").locator('button[data-cell="Collection:High"]');
  await expect(cell).toHaveAccessibleDescription("1 retired");
  await expect(cell.locator("xpath=..").locator("[data-retired]")).toHaveText("1 retired");
});

for (const lang of ["fr", "en"] as const) {
  test(`the French page's errata show in the pane, in ${lang}, and side by side`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&alert=AppServices_JoomlaScanner`);
    const errata = detailPane(page).getByTestId("errata");
    await expect(errata).toHaveCount(1);
    await expect(errata).toHaveAttribute("lang", lang);
    await expect(errata.locator('q[lang="fr"]')).toHaveText("(Détecté)");
    await expect(errata).toContainText(TEXT[lang].meant);
    await expect(errata).toContainText("Joomla");

    await detailPane(page)
      .getByRole("button", { name: /FR \| EN/ })
      .click();
    const sides = detailPane(page).getByTestId("bilingual").getByTestId("errata");
    await expect(sides).toHaveCount(2);
    await expect(sides.nth(0)).toHaveAttribute("lang", "fr");
    await expect(sides.nth(0)).toContainText(TEXT.fr.meant);
    await expect(sides.nth(1)).toHaveAttribute("lang", "en");
    await expect(sides.nth(1)).toContainText(TEXT.en.meant);
  });
}

test("English titles are Microsoft's names and say so; descriptions say they are our translation", async ({
  page,
  request,
}) => {
  const catalog = await fetchCatalog(request);
  expect(catalog.schemaVersion).toBe(3);
  await openApp(page, `?lang=en&alert=${NMAP}`);
  await expect(detailPane(page).getByRole("heading", { level: 2 })).toHaveText("NMap scanning detected");
  await expect(detailPane(page).locator('[data-provenance="title"]')).toHaveText("Microsoft’s name");
  await expect(detailPane(page).locator('[data-provenance="description"]')).toHaveText("Our translation");
  await openApp(page, `?lang=fr&alert=${NMAP}`);
  await expect(detailPane(page).locator("[data-provenance]")).toHaveCount(0);
});

for (const lang of ["fr", "en"] as const) {
  test(`the Changes view lists dated events with sources, and opens an alert (${lang})`, async ({
    page,
    request,
  }) => {
    const catalog = await fetchCatalog(request);
    const { changes } = await (await request.get("./changes.json")).json();
    await openApp(page, `?lang=${lang}`);
    await page.getByRole("button", { name: TEXT[lang].changes, exact: true }).click();
    expect(urlParams(page).get("view")).toBe("changes");
    const view = page.getByTestId("changes");
    const entries = view.locator("article[data-change]");
    await expect(entries).toHaveCount(changes.length);
    const retired = view.locator("article[data-change^='2025-12-11']");
    await expect(retired.locator("time")).toHaveText(TEXT[lang].date);
    await expect(retired.getByRole("link", { name: /Microsoft|What's new/ }).first()).toHaveAttribute(
      "href",
      RELEASE_NOTES,
    );
    await expect(view.getByRole("link", { name: /Atom/ })).toHaveAttribute("href", "./changes.xml");

    await retired
      .getByRole("link", { name: catalog.alerts.find((a) => a.id === DOMAIN)?.title[lang] })
      .click();
    expect(urlParams(page).get("alert")).toBe(DOMAIN);
    expect(urlParams(page).get("view")).toBeNull();
    await expect(detailPane(page).getByTestId("alert-history").locator("li")).toHaveCount(1);
    await expect(detailPane(page).getByTestId("errata")).toBeVisible();
  });
}

test("the Atom feed is well-formed, with one entry per event, each with id, title, updated and link", async ({
  page,
  request,
}) => {
  const { changes } = await (await request.get("./changes.json")).json();
  const response = await request.get("./changes.xml");
  expect(response.ok()).toBe(true);
  expect(response.headers()["content-type"]).toMatch(/xml/);
  const xml = await response.text();
  // The browser's XML parser, on a blank page (the app's Trusted Types policy would refuse it).
  await page.goto("about:blank");
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ATOM = "http://www.w3.org/2005/Atom";
    const child = (parent: Element, name: string) =>
      [...parent.children].filter((c) => c.namespaceURI === ATOM && c.localName === name);
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName("parsererror").length,
      root: `${root.namespaceURI} ${root.localName}`,
      id: child(root, "id")[0]?.textContent ?? "",
      updated: child(root, "updated")[0]?.textContent ?? "",
      title: child(root, "title")[0]?.textContent ?? "",
      author: child(root, "author").length,
      entries: child(root, "entry").map((entry) => ({
        id: child(entry, "id")[0]?.textContent ?? "",
        title: child(entry, "title")[0]?.textContent ?? "",
        updated: child(entry, "updated")[0]?.textContent ?? "",
        links: child(entry, "link").map((link) => link.getAttribute("href") ?? ""),
      })),
    };
  }, xml);
  expect(feed.error).toBe(0);
  expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
  expect(feed.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  expect(feed.title).not.toBe("");
  expect(feed.author).toBe(1);
  expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  expect(feed.entries).toHaveLength(changes.length);
  expect(new Set(feed.entries.map((entry) => entry.id)).size).toBe(feed.entries.length);
  for (const entry of feed.entries) {
    expect(entry.id).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(entry.title).not.toBe("");
    expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(entry.links.length).toBeGreaterThan(0);
  }
  // The entry's link leads to the Changes view, wherever the site is hosted.
  const link = new URL(feed.entries[0]?.links[0] ?? "", response.url());
  await page.goto(link.href);
  await expect(page.getByTestId("changes")).toBeVisible();
});

async function downloadCsv(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export CSV", exact: true }).click(),
  ]);
  return (await readFile(await file.path())).toString("utf8");
}

test("the CSV export says which alerts are retired, and since when", async ({ page }) => {
  await openApp(page, "?lang=en&status=deprecated");
  const lines = (await downloadCsv(page)).slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe(
    "Alert ID,Title,Severity,Severity (API name),Tactics,Tactics (API names),ATT&CK techniques (our mapping),Applies to,Status,Status (API name),Retired on,Description",
  );
  expect(lines).toHaveLength(13);
  const curl = lines.find((line) => line.startsWith(`${CURL},`));
  expect(curl).toContain(",Retired,deprecated,2025-12-11,");
});

for (const lang of ["fr", "en"] as const) {
  test(`the About dialog gives the catalog's date, counts per status, sources and errata (${lang})`, async ({
    page,
  }) => {
    await openApp(page, `?lang=${lang}`);
    await page
      .getByRole("button", { name: lang === "fr" ? "À propos de ce catalogue" : "About this catalog" })
      .click();
    const about = page.getByTestId("about-data");
    await expect(about.getByTestId("as-of")).toContainText("2026");
    await expect(about.locator('[data-status-count="active"]')).toHaveText("28");
    await expect(about.locator('[data-status-count="deprecated"]')).toHaveText("12");
    await expect(about.locator("[data-source]")).toHaveCount(7);
    // Where each source sits comes from notes.json: the page's own catalog leaves it out.
    await expect(about.locator('[data-source="mitre-attack"]')).toContainText(
      "mitre/cti: enterprise-attack/",
    );
    await expect(about.locator('[data-source="french-reference-2021"]')).toContainText("2021");
    await expect(about.locator("[data-erratum]")).toHaveCount(11);
  });
}
