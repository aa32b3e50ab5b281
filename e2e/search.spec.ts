import {
  type CatalogAlert,
  expect,
  fetchCatalog,
  fold,
  type Language,
  languageButton,
  matchesSearch,
  openApp,
  resultCount,
  rowIds,
  rows,
  searchBox,
  test,
  titleLink,
  urlParams,
} from "./support/fixtures";

/** The IDs of the alerts the search should find, sorted. */
const expectedMatches = (alerts: CatalogAlert[], language: Language, query: string) =>
  alerts
    .filter((alert) => matchesSearch(alert, language, query))
    .map((alert) => alert.id)
    .sort();

const sortedIds = async (page: Parameters<typeof rowIds>[0]) => (await rowIds(page)).sort();

test("typing certutil shows exactly the two certutil alerts (English)", async ({ page }) => {
  await openApp(page, "?lang=en");
  await expect(resultCount(page)).toHaveText("40 of 40 alerts");
  await searchBox(page).pressSequentially("certutil");
  await expect(resultCount(page)).toHaveText("2 of 40 alerts");
  await expect(rows(page)).toHaveCount(2);
  expect(await sortedIds(page)).toEqual(
    ["AppServices_DownloadUsingCertutil", "AppServices_ExecutableDecodedUsingCertutil"].sort(),
  );
  expect(urlParams(page).get("q")).toBe("certutil");
});

test("typing certutil shows exactly the two certutil alerts (French)", async ({ page }) => {
  await openApp(page, "?lang=fr");
  await expect(resultCount(page)).toHaveText("40 alertes sur 40");
  await searchBox(page).fill("certutil");
  await expect(resultCount(page)).toHaveText("2 alertes sur 40");
  expect(await sortedIds(page)).toEqual(
    ["AppServices_DownloadUsingCertutil", "AppServices_ExecutableDecodedUsingCertutil"].sort(),
  );
});

test("a search in the link is applied on load", async ({ page }) => {
  await openApp(page, "?lang=en&q=certutil");
  await expect(searchBox(page)).toHaveValue("certutil");
  await expect(resultCount(page)).toHaveText("2 of 40 alerts");
});

test("search ignores accents and case (French)", async ({ page, request }) => {
  const catalog = await fetchCatalog(request);
  const expected = expectedMatches(catalog.alerts, "fr", "exécution");
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(40);

  await openApp(page, "?lang=fr");
  await searchBox(page).fill("exécution");
  await expect(rows(page)).toHaveCount(expected.length);
  const accented = await sortedIds(page);
  expect(accented).toEqual(expected);

  await searchBox(page).fill("execution");
  await expect(resultCount(page)).toHaveText(`${expected.length} alertes sur 40`);
  expect(await sortedIds(page)).toEqual(accented);

  await searchBox(page).fill("EXECUTION");
  await expect(resultCount(page)).toHaveText(`${expected.length} alertes sur 40`);
  expect(await sortedIds(page)).toEqual(accented);
});

test("every word of the query must match", async ({ page, request }) => {
  const catalog = await fetchCatalog(request);
  const both = expectedMatches(catalog.alerts, "en", "certutil download");
  const certutil = expectedMatches(catalog.alerts, "en", "certutil");
  const download = expectedMatches(catalog.alerts, "en", "download");
  expect(both).toEqual(["AppServices_DownloadUsingCertutil"]);
  expect(certutil.length).toBeGreaterThan(both.length);
  expect(download.length).toBeGreaterThan(both.length);

  await openApp(page, "?lang=en");
  await searchBox(page).fill("download");
  await expect(rows(page)).toHaveCount(download.length);
  await searchBox(page).fill("certutil   download");
  await expect(rows(page)).toHaveCount(1);
  expect(await rowIds(page)).toEqual(both);
  await expect(resultCount(page)).toHaveText("1 of 40 alerts");

  // Word order does not matter.
  await searchBox(page).fill("download certutil");
  await expect(rows(page)).toHaveCount(1);
  expect(await rowIds(page)).toEqual(both);
});

test("a single result is counted in correct English", async ({ page }) => {
  await openApp(page, "?lang=en&q=CurlToDisk");
  await expect(rows(page)).toHaveCount(1);
  await expect(resultCount(page)).toHaveText("1 of 40 alerts");
});

test("a single result is counted in correct French", async ({ page }) => {
  await openApp(page, "?lang=fr&q=CurlToDisk");
  await expect(rows(page)).toHaveCount(1);
  await expect(resultCount(page)).toHaveText("1 alerte sur 40");
});

test("the alert ID is searched", async ({ page }) => {
  await openApp(page, "?lang=en");
  await searchBox(page).fill("CurlToDisk");
  await expect(rows(page)).toHaveCount(1);
  expect(await rowIds(page)).toEqual(["AppServices_CurlToDisk"]);

  // The full ID, as pasted from a fired alert, in any case.
  await searchBox(page).fill("appservices_curltodisk");
  await expect(rows(page)).toHaveCount(1);
  expect(await rowIds(page)).toEqual(["AppServices_CurlToDisk"]);
});

test("matches are highlighted in the title with <mark>", async ({ page, request }) => {
  const catalog = await fetchCatalog(request);
  const titleOf = (id: string) => catalog.alerts.find((alert) => alert.id === id)?.title;

  await openApp(page, "?lang=en");
  await expect(page.locator("tbody mark")).toHaveCount(0);
  await searchBox(page).fill("certutil");
  const decoded = titleLink(page, "AppServices_ExecutableDecodedUsingCertutil");
  const download = titleLink(page, "AppServices_DownloadUsingCertutil");
  await expect(decoded.locator("mark")).toHaveText(["certutil"]);
  await expect(download.locator("mark")).toHaveText(["Certutil"]); // the original case is kept
  // The title itself is unchanged around the marks.
  await expect(decoded).toHaveText(titleOf("AppServices_ExecutableDecodedUsingCertutil")?.en ?? "?");
  await expect(download).toHaveText(titleOf("AppServices_DownloadUsingCertutil")?.en ?? "?");

  // Accent-insensitive matches mark the accented original.
  await languageButton(page, "fr").click();
  await searchBox(page).fill("execution");
  const powershell = titleLink(page, "AppServices_PowerShellPowerSploitScriptExecution");
  await expect(powershell.locator("mark")).toHaveText(["Exécution"]);
  await expect(powershell).toHaveText(titleOf("AppServices_PowerShellPowerSploitScriptExecution")?.fr ?? "?");

  await searchBox(page).fill("");
  await expect(page.locator("tbody mark")).toHaveCount(0);
});

test("tactic labels are not searched", async ({ page, request }) => {
  const catalog = await fetchCatalog(request);
  // The alerts whose own English text (ID, title, description) says "exfiltration".
  const expected = catalog.alerts
    .filter((alert) =>
      fold(`${alert.id}\n${alert.title.en}\n${alert.description.en}`).includes("exfiltration"),
    )
    .map((alert) => alert.id)
    .sort();
  const withTactic = catalog.alerts
    .filter((alert) => alert.tactics.includes("Exfiltration"))
    .map((alert) => alert.id);
  expect(expected.length).toBeGreaterThan(0);
  // The check means something only if some alerts have the tactic without the word.
  const tacticOnly = withTactic.filter((id) => !expected.includes(id));
  expect(tacticOnly.length).toBeGreaterThan(0);

  await openApp(page, "?lang=en");
  await searchBox(page).fill("exfiltration");
  await expect(rows(page)).toHaveCount(expected.length);
  expect(await sortedIds(page)).toEqual(expected);
  for (const id of tacticOnly) await expect(page.locator(`tbody tr[data-alert-id="${id}"]`)).toHaveCount(0);
});

test("typing replaces the history entry and writes q= in the URL", async ({ page }) => {
  await openApp(page, "?lang=en");
  const before = await page.evaluate(() => history.length);
  await searchBox(page).pressSequentially("certutil", { delay: 20 });
  await expect(resultCount(page)).toHaveText("2 of 40 alerts");
  await expect.poll(() => urlParams(page).get("q")).toBe("certutil");
  expect(await page.evaluate(() => history.length)).toBe(before);

  // Clearing by keyboard also leaves history alone and drops q= from the URL.
  await searchBox(page).press("ControlOrMeta+a");
  await searchBox(page).press("Backspace");
  await expect(resultCount(page)).toHaveText("40 of 40 alerts");
  await expect.poll(() => urlParams(page).has("q")).toBe(false);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test("the clear-search button empties the box", async ({ page }) => {
  await openApp(page, "?lang=en&q=certutil");
  await expect(rows(page)).toHaveCount(2);
  await page.getByRole("button", { name: "Clear search" }).click();
  await expect(searchBox(page)).toHaveValue("");
  await expect(rows(page)).toHaveCount(40);
  await expect.poll(() => urlParams(page).has("q")).toBe(false);
});
