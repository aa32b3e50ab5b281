import type { Page } from "@playwright/test";
import {
  type CatalogAlert,
  expect,
  fetchCatalog,
  openApp,
  resultCount,
  rowIds,
  rows,
  searchBox,
  test,
  urlParams,
} from "./support/fixtures";

const SEVERITIES = ["High", "Medium", "Low", "Informational"] as const;
/** Kill-chain order, as the README states it; the matrix adds a last row for alerts without a tactic. */
const TACTICS = [
  "PreAttack",
  "Probing",
  "InitialAccess",
  "Exploitation",
  "Persistence",
  "PrivilegeEscalation",
  "DefenseEvasion",
  "CredentialAccess",
  "Discovery",
  "LateralMovement",
  "Execution",
  "Collection",
  "CommandAndControl",
  "Exfiltration",
  "Impact",
] as const;

const LABELS = {
  en: {
    table: "Table",
    matrix: "Matrix",
    columns: ["Tactic", "High", "Medium", "Low", "Informational", "Total"],
    execution: "Execution",
    none: "No tactic",
    caption: "Alerts by MITRE tactic and severity, under the current search and filters",
    distinct: "Distinct alerts",
    note: /^An alert with several tactics counts in the row of each/,
  },
  fr: {
    table: "Tableau",
    matrix: "Matrice",
    columns: ["Tactique", "Élevée", "Moyenne", "Faible", "Information", "Total"],
    execution: "Exécution",
    none: "Sans tactique",
    caption: "Alertes par tactique MITRE et gravité, selon la recherche et les filtres en cours",
    distinct: "Alertes distinctes",
    note: /^Une alerte associée à plusieurs tactiques compte dans la ligne de chacune/,
  },
} as const;

const matrix = (page: Page) => page.getByTestId("matrix");
const viewButton = (page: Page, name: string) =>
  page.getByRole("button", { name, exact: true }).and(page.locator("[aria-pressed]"));

/** What every cell should say, keyed like data-cell ("Execution:High", "none:Low"), from the catalog. */
function expectedCells(alerts: readonly CatalogAlert[]): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const tactic of [...TACTICS, "none"]) {
    for (const severity of SEVERITIES) {
      const count = alerts.filter(
        (alert) =>
          alert.severity === severity &&
          (tactic === "none" ? alert.tactics.length === 0 : alert.tactics.includes(tactic)),
      ).length;
      cells[`${tactic}:${severity}`] = String(count);
    }
  }
  return cells;
}

/** Every cell as the page shows it, keyed by data-cell. */
const shownCells = (page: Page) =>
  matrix(page)
    .locator("[data-cell]")
    .evaluateAll((cells) =>
      Object.fromEntries(cells.map((cell) => [cell.getAttribute("data-cell"), cell.textContent?.trim()])),
    );

for (const lang of ["en", "fr"] as const) {
  const text = LABELS[lang];

  test.describe(`coverage matrix (${lang})`, () => {
    test("the Table/Matrix switch shows a real tactic × severity table and writes view=matrix", async ({
      page,
      request,
    }) => {
      const catalog = await fetchCatalog(request);
      await openApp(page, `?lang=${lang}`);
      const tableButton = viewButton(page, text.table);
      const matrixButton = viewButton(page, text.matrix);
      await expect(tableButton).toHaveAttribute("aria-pressed", "true");
      await expect(matrixButton).toHaveAttribute("aria-pressed", "false");
      await expect(matrix(page)).toHaveCount(0);

      await matrixButton.click();
      await expect(matrixButton).toHaveAttribute("aria-pressed", "true");
      await expect(tableButton).toHaveAttribute("aria-pressed", "false");
      expect(urlParams(page).get("view")).toBe("matrix");
      await expect(page.locator("tr[data-alert-id]")).toHaveCount(0); // the alert table is gone…

      const table = matrix(page).locator("table"); // …and the matrix is a table of its own
      await expect(table).toBeVisible();
      await expect(table.locator("caption")).toHaveText(text.caption);
      await expect(table.getByRole("columnheader")).toHaveText([...text.columns]);
      await expect(table.locator("thead th")).toHaveText([...text.columns]);
      for (const th of await table.locator("thead th").all())
        await expect(th).toHaveAttribute("scope", "col");

      // One row per tactic, in kill-chain order, then the alerts without a tactic.
      await expect(table.locator("tbody tr")).toHaveCount(TACTICS.length + 1);
      const order = await table
        .locator("tbody tr")
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-matrix-row")));
      expect(order).toEqual([...TACTICS, "none"]);
      const rowHeaders = table.locator("tbody th[scope=row]");
      await expect(rowHeaders).toHaveCount(TACTICS.length + 1);
      await expect(table.locator("tbody").getByRole("rowheader")).toHaveCount(TACTICS.length + 1);
      await expect(table.locator('tr[data-matrix-row="Execution"] th')).toHaveText(`${text.execution}TA0002`);
      await expect(table.locator('tr[data-matrix-row="none"] th')).toHaveText(text.none);

      // Every cell is the catalog's count; Execution × High is the busiest.
      expect(await shownCells(page)).toEqual(expectedCells(catalog.alerts));
      await expect(matrix(page).locator('button[data-cell="Execution:High"]')).toHaveText("7");
      const totals = await table
        .locator("tbody tr")
        .evaluateAll((trs) => trs.map((tr) => tr.querySelector("td:last-child")?.textContent));
      expect(totals).toEqual(
        [...TACTICS, null].map((tactic) =>
          String(
            catalog.alerts.filter((alert) =>
              tactic ? alert.tactics.includes(tactic) : alert.tactics.length === 0,
            ).length,
          ),
        ),
      );

      // The last row counts each alert once, and a note says why the rows add up to more.
      const footer = table.locator('tfoot tr[data-matrix-row="total"]');
      await expect(footer.locator("th")).toHaveText(text.distinct);
      await expect(footer.locator("td")).toHaveText(
        [...SEVERITIES.map((s) => catalog.alerts.filter((alert) => alert.severity === s).length), 40].map(
          String,
        ),
      );
      const rowsAddUpTo = totals.reduce((sum, total) => sum + Number(total), 0);
      expect(rowsAddUpTo).toBeGreaterThan(catalog.alerts.length);
      await expect(page.getByTestId("matrix-note")).toHaveText(text.note);

      // Back to the table: the parameter goes away.
      await tableButton.click();
      await expect(matrix(page)).toHaveCount(0);
      await expect(rows(page)).toHaveCount(catalog.alerts.length);
      expect(urlParams(page).has("view")).toBe(false);
    });
  });
}

test("the matrix counts follow the search and the filters", async ({ page, request }) => {
  const catalog = await fetchCatalog(request);
  await openApp(page, "?lang=en");
  await searchBox(page).fill("certutil");
  await expect(resultCount(page)).toHaveText("2 of 40 alerts");
  await viewButton(page, "Matrix").click();
  await expect(matrix(page).locator("table")).toBeVisible();

  const certutil = catalog.alerts.filter((alert) =>
    `${alert.id} ${alert.title.en} ${alert.description.en}`.toLowerCase().includes("certutil"),
  );
  expect(certutil).toHaveLength(2);
  expect(await shownCells(page)).toEqual(expectedCells(certutil));
  await expect(matrix(page).locator('[data-cell="Execution:High"]')).toHaveText("1");
  await expect(matrix(page).locator('[data-cell="Execution:Medium"]')).toHaveText("1");
  await expect(matrix(page).locator('[data-cell="DefenseEvasion:High"]')).toHaveText("1");
  // Zero cells are not buttons: there is nothing to show.
  await expect(matrix(page).locator("button[data-cell]")).toHaveCount(3);

  // Searching from the matrix view updates it live.
  await searchBox(page).fill("");
  await expect(matrix(page).locator('[data-cell="Execution:High"]')).toHaveText("7");

  // A facet filter applies too: only the Medium column keeps counts.
  await page.locator("fieldset[data-facet=severity] input[data-value=Medium]").check();
  expect(urlParams(page).get("view")).toBe("matrix");
  expect(await shownCells(page)).toEqual(
    expectedCells(catalog.alerts.filter((alert) => alert.severity === "Medium")),
  );
  await expect(matrix(page).locator('[data-cell="Execution:High"]')).toHaveText("0");
  await expect(matrix(page).locator('[data-cell="Execution:Medium"]')).toHaveText("8");
});

test("clicking a cell shows those alerts in the table", async ({ page, request }) => {
  const catalog = await fetchCatalog(request);
  // A stale severity and tactic filter: the cell replaces them.
  await openApp(page, "?lang=en&view=matrix&severity=High,Medium&tactic=Execution,DefenseEvasion");
  const cell = matrix(page).locator('button[data-cell="Execution:High"]');
  await expect(cell).toHaveText("7");
  await expect(cell).toHaveAccessibleName("7 alerts, Execution, High: show them in the table");
  await cell.click();

  await expect(matrix(page)).toHaveCount(0);
  await expect(resultCount(page)).toHaveText("7 of 40 alerts");
  const params = urlParams(page);
  expect(params.get("tactic")).toBe("Execution");
  expect(params.get("severity")).toBe("High");
  expect(params.has("view")).toBe(false);
  await expect(viewButton(page, "Table")).toHaveAttribute("aria-pressed", "true");

  const expected = catalog.alerts
    .filter((alert) => alert.severity === "High" && alert.tactics.includes("Execution"))
    .map((alert) => alert.id);
  expect([...(await rowIds(page))].sort()).toEqual([...expected].sort());
  for (const tr of await rows(page).all()) {
    await expect(tr.locator("[data-severity]")).toHaveAttribute("data-severity", "High");
    const chip = tr.locator('button[data-tactic="Execution"]').filter({ visible: true });
    await expect(chip).toHaveCount(1);
    await expect(chip).toHaveAttribute("aria-pressed", "true");
  }
  await expect(page.locator("fieldset[data-facet=severity] input:checked")).toHaveCount(1);
  await expect(page.locator("fieldset[data-facet=tactic] input:checked")).toHaveCount(1);
  await expect(page.locator("fieldset[data-facet=tactic] input[data-value=Execution]")).toBeChecked();

  // Back returns to the matrix.
  await page.goBack();
  await expect(matrix(page).locator("table")).toBeVisible();
});

test.describe("on a 360px phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  for (const lang of ["fr", "en"] as const) {
    test(`the matrix scrolls inside its box, never the page (${lang})`, async ({ page }) => {
      await openApp(page, `?lang=${lang}&view=matrix`);
      const box = matrix(page);
      await expect(box.locator("table")).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      const sizes = await box.evaluate((element) => ({
        scroll: element.scrollWidth,
        client: element.clientWidth,
        overflow: getComputedStyle(element).overflowX,
      }));
      expect(sizes.scroll).toBeGreaterThan(sizes.client);
      expect(["auto", "scroll"]).toContain(sizes.overflow);

      // The last column is reachable by scrolling the matrix; the page stays put.
      await box.locator('[data-cell="Execution:Informational"]').scrollIntoViewIfNeeded();
      await expect(box.locator('[data-cell="Execution:Informational"]')).toBeInViewport();
      expect(await box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
      expect(await page.evaluate(() => window.scrollX)).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }
});
