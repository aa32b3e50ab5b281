import type { Page } from "@playwright/test";
import {
  detailPane,
  expect,
  facetCheckbox,
  facetCount,
  fetchCatalog,
  languageButton,
  openApp,
  resultCount,
  row,
  rowIds,
  rows,
  searchBox,
  test,
  urlParams,
} from "./support/fixtures";

/** A tactic chip as the user sees it in a row (the table lays chips out once per width). */
const visibleChip = (page: Page, alertId: string, tactic: string) =>
  row(page, alertId).locator(`button[data-tactic="${tactic}"]`).filter({ visible: true });

test("with no filter, each value shows how many alerts it has", async ({ page, request }) => {
  const catalog = await fetchCatalog(request);
  await openApp(page, "?lang=en");
  const expected = { High: 11, Medium: 18, Low: 9, Informational: 2 };
  for (const [severity, count] of Object.entries(expected)) {
    await expect(facetCount(page, "severity", severity)).toHaveText(String(count));
    expect(catalog.alerts.filter((alert) => alert.severity === severity)).toHaveLength(count);
    await expect(facetCheckbox(page, "severity", severity)).not.toBeChecked();
    await expect(facetCheckbox(page, "severity", severity)).toBeEnabled();
  }
  for (const platform of ["Windows", "Linux"]) {
    const count = catalog.alerts.filter((alert) => alert.platforms.includes(platform)).length;
    await expect(facetCount(page, "platform", platform)).toHaveText(String(count));
  }
  const execution = catalog.alerts.filter((alert) => alert.tactics.includes("Execution")).length;
  await expect(facetCount(page, "tactic", "Execution")).toHaveText(String(execution));
});

test("High and Linux together (AND across facets) give the matching alerts", async ({ page, request }) => {
  const catalog = await fetchCatalog(request);
  const expected = catalog.alerts
    .filter((alert) => alert.severity === "High" && alert.platforms.includes("Linux"))
    .map((alert) => alert.id)
    .sort();
  expect(expected.length).toBeGreaterThan(0);

  await openApp(page, "?lang=en");
  await facetCheckbox(page, "severity", "High").check();
  await expect(rows(page)).toHaveCount(11);
  await facetCheckbox(page, "platform", "Linux").check();
  await expect(rows(page)).toHaveCount(expected.length);
  expect((await rowIds(page)).sort()).toEqual(expected);
  await expect(resultCount(page)).toHaveText(`${expected.length} of 40 alerts`);
  expect(urlParams(page).get("severity")).toBe("High");
  expect(urlParams(page).get("platform")).toBe("Linux");

  // A facet's counts are taken under the other facets only: Medium still says what it would add.
  const mediumLinux = catalog.alerts.filter(
    (alert) => alert.severity === "Medium" && alert.platforms.includes("Linux"),
  ).length;
  await expect(facetCount(page, "severity", "Medium")).toHaveText(String(mediumLinux));
  const highWindows = catalog.alerts.filter(
    (alert) => alert.severity === "High" && alert.platforms.includes("Windows"),
  ).length;
  await expect(facetCount(page, "platform", "Windows")).toHaveText(String(highWindows));
});

test("values of one facet combine with OR", async ({ page }) => {
  await openApp(page, "?lang=en");
  await facetCheckbox(page, "severity", "High").check();
  await facetCheckbox(page, "severity", "Medium").check();
  await expect(rows(page)).toHaveCount(29);
  await expect(resultCount(page)).toHaveText("29 of 40 alerts");
  await expect(page).toHaveURL(/[?&]severity=High,Medium(&|$)/);
  const severities = await rows(page).evaluateAll((trs) =>
    trs.map((tr) => tr.querySelector("[data-severity]")?.getAttribute("data-severity")),
  );
  expect(new Set(severities)).toEqual(new Set(["High", "Medium"]));

  await facetCheckbox(page, "severity", "High").uncheck();
  await expect(rows(page)).toHaveCount(18);
  await expect(page).toHaveURL(/[?&]severity=Medium(&|$)/);
});

test("counts follow the search; a value with no result is disabled but visible", async ({ page }) => {
  await openApp(page, "?lang=en");
  await searchBox(page).fill("certutil");
  await expect(rows(page)).toHaveCount(2);
  await expect(facetCount(page, "severity", "High")).toHaveText("1");
  await expect(facetCount(page, "severity", "Medium")).toHaveText("1");
  await expect(facetCount(page, "severity", "Low")).toHaveText("0");
  await expect(facetCount(page, "severity", "Informational")).toHaveText("0");
  await expect(facetCheckbox(page, "severity", "High")).toBeEnabled();
  for (const severity of ["Low", "Informational"]) {
    await expect(facetCheckbox(page, "severity", severity)).toBeVisible();
    await expect(facetCheckbox(page, "severity", severity)).toBeDisabled();
  }
  await expect(facetCount(page, "platform", "Windows")).toHaveText("2");
  await expect(facetCount(page, "platform", "Linux")).toHaveText("0");
  await expect(facetCheckbox(page, "platform", "Linux")).toBeDisabled();
  await expect(facetCount(page, "tactic", "Execution")).toHaveText("2");
  await expect(facetCount(page, "tactic", "DefenseEvasion")).toHaveText("1");

  await searchBox(page).fill("");
  await expect(facetCount(page, "severity", "Low")).toHaveText("9");
  await expect(facetCheckbox(page, "severity", "Low")).toBeEnabled();
});

test("a tactic no alert has is listed, disabled, at zero", async ({ page, request }) => {
  const catalog = await fetchCatalog(request);
  expect(catalog.alerts.some((alert) => alert.tactics.includes("Probing"))).toBe(false);
  await openApp(page, "?lang=en");
  await expect(facetCheckbox(page, "tactic", "Probing")).toBeVisible();
  await expect(facetCheckbox(page, "tactic", "Probing")).toBeDisabled();
  await expect(facetCount(page, "tactic", "Probing")).toHaveText("0");
});

test("a ticked value stays enabled (so it can be unticked) when its count drops to zero", async ({
  page,
}) => {
  await openApp(page, "?lang=en");
  await facetCheckbox(page, "severity", "Low").check();
  await searchBox(page).fill("certutil");
  await expect(rows(page)).toHaveCount(0);
  await expect(facetCount(page, "severity", "Low")).toHaveText("0");
  await expect(facetCheckbox(page, "severity", "Low")).toBeChecked();
  await expect(facetCheckbox(page, "severity", "Low")).toBeEnabled();
  await facetCheckbox(page, "severity", "Low").uncheck();
  await expect(rows(page)).toHaveCount(2);
});

test.describe("Clear all", () => {
  test.use({ locale: "en-US" });

  test("resets every facet and leaves the search as typed", async ({ page }) => {
    await openApp(page);
    // Shown with the active filters' chips only.
    const clear = page.getByRole("button", { name: "Clear all", exact: true });
    await expect(clear).toHaveCount(0);

    await searchBox(page).fill("execution");
    await facetCheckbox(page, "severity", "High").check();
    await facetCheckbox(page, "platform", "Windows").check();
    await facetCheckbox(page, "tactic", "Execution").check();
    await expect(rows(page).first()).toBeVisible();
    expect((await rowIds(page)).length).toBeLessThan(40);
    for (const name of ["q", "severity", "platform", "tactic"]) expect(urlParams(page).has(name)).toBe(true);

    await clear.click();
    await expect(searchBox(page)).toHaveValue("execution");
    await expect(page.locator("fieldset[data-facet] input:checked")).toHaveCount(0);
    await expect.poll(() => [...urlParams(page).keys()].join()).toBe("q");
    await expect(clear).toHaveCount(0);
  });
});

test("a tactic chip in a row toggles the tactic filter", async ({ page, request }) => {
  const catalog = await fetchCatalog(request);
  const withExecution = catalog.alerts
    .filter((alert) => alert.tactics.includes("Execution"))
    .map((alert) => alert.id)
    .sort();

  await openApp(page, "?lang=en");
  const chip = visibleChip(page, "AppServices_DownloadUsingCertutil", "Execution");
  await expect(chip).toHaveAttribute("aria-pressed", "false");
  await chip.click();

  await expect(rows(page)).toHaveCount(withExecution.length);
  expect((await rowIds(page)).sort()).toEqual(withExecution);
  await expect(chip).toHaveAttribute("aria-pressed", "true");
  // Every remaining row shows the Execution chip, pressed.
  for (const id of withExecution) {
    await expect(visibleChip(page, id, "Execution")).toHaveAttribute("aria-pressed", "true");
  }
  await expect(facetCheckbox(page, "tactic", "Execution")).toBeChecked();
  expect(urlParams(page).get("tactic")).toBe("Execution");
  // The chip filters; it does not open the row.
  await expect(detailPane(page)).toHaveCount(0);
  expect(urlParams(page).has("alert")).toBe(false);

  // Clicking it again (in another row) removes the filter.
  await visibleChip(page, "AppServices_SuspectPhp", "Execution").click();
  await expect(rows(page)).toHaveCount(40);
  await expect(facetCheckbox(page, "tactic", "Execution")).not.toBeChecked();
  await expect(chip).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => urlParams(page).has("tactic")).toBe(false);
});

test("a tactic chip explains the tactic in its title", async ({ page }) => {
  await openApp(page, "?lang=en");
  const execution = visibleChip(page, "AppServices_DownloadUsingCertutil", "Execution");
  await expect(execution).toHaveAttribute("title", /TA0002/);
  const preAttack = visibleChip(page, "AppServices_Nmap", "PreAttack");
  await expect(preAttack).toHaveAttribute("title", /no MITRE ATT&CK tactic/);
  await expect(preAttack).not.toHaveAttribute("title", /TA\d{4}/);

  await languageButton(page, "fr").click();
  await expect(execution).toHaveAttribute("title", /TA0002/);
  await expect(preAttack).toHaveAttribute("title", /sans tactique MITRE ATT&CK/);
});

test("a search with no match shows the empty state, whose button restores every alert", async ({ page }) => {
  await openApp(page, "?lang=en");
  await searchBox(page).fill("zzzzqqq");
  await expect(page.getByText("No alert matches “\u2068zzzzqqq\u2069”.")).toBeVisible();
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(resultCount(page)).toHaveText("0 of 40 alerts");

  // The button inside the empty state, not the one in the search box.
  await page.getByTestId("empty-state").getByRole("button", { name: "Clear search" }).click();
  await expect(rows(page)).toHaveCount(40);
  await expect(searchBox(page)).toHaveValue("");
  await expect(page.getByTestId("empty-state")).toHaveCount(0);
  await expect.poll(() => urlParams(page).has("q")).toBe(false);
});

test("the empty state is translated", async ({ page }) => {
  await openApp(page, "?lang=fr&q=zzzzqqq");
  await expect(page.getByText("Aucune alerte ne correspond à « \u2068zzzzqqq\u2069 ».")).toBeVisible();
  await expect(resultCount(page)).toHaveText("0 alerte sur 40");
  await openApp(page, "?lang=fr&severity=Informational&tactic=Impact");
  await expect(page.getByText("Aucune alerte ne correspond à ces filtres.")).toBeVisible();
});

test.describe("on a 390px phone", () => {
  test.use({ viewport: { width: 390, height: 900 } });

  test("the search box sits right under the Filters button, however few the results", async ({ page }) => {
    // Two results leave the page mostly empty: that space must not open up between the two.
    await openApp(page, "?lang=fr&q=certutil");
    await expect(resultCount(page)).toHaveText(/^2 /);
    const filters = page.getByRole("button", { name: "Filtres" });
    const [button, box] = await Promise.all([filters.boundingBox(), searchBox(page).boundingBox()]);
    if (!button || !box) throw new Error("the Filters button and the search box should be on screen");
    expect(box.y - (button.y + button.height)).toBeLessThan(48);
  });
});
