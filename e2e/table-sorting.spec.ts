import type { Page } from "@playwright/test";
import {
  expect,
  fetchCatalog,
  languageButton,
  openApp,
  rowIds,
  rows,
  test,
  urlParams,
} from "./support/fixtures";

const SEVERITY_RANK: Record<string, number> = { High: 0, Medium: 1, Low: 2, Informational: 3 };
const KILL_CHAIN = [
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
];

const header = (page: Page, column: string) => page.locator(`th[data-column="${column}"]`);
const headerButton = (page: Page, column: string) => header(page, column).getByRole("button");

/** The severity badge of every row, top to bottom. */
const rowSeverities = (page: Page) =>
  rows(page).evaluateAll((trs) =>
    trs.map((tr) => tr.querySelector("[data-severity]")?.getAttribute("data-severity") ?? "missing"),
  );
/** The title shown in every row, top to bottom. */
const rowTitles = (page: Page) =>
  rows(page).evaluateAll((trs) => trs.map((tr) => tr.querySelector("[data-alert-link]")?.textContent ?? ""));

/** The arrow each header shows beside its name, by column. */
const shownArrows = (page: Page) =>
  page
    .locator("th[data-column]")
    .evaluateAll((ths) =>
      Object.fromEntries(
        ths.map((th) => [th.getAttribute("data-column"), th.querySelector("[aria-hidden]")?.textContent]),
      ),
    );

const isSortedBy = (values: number[]) =>
  values.every((value, i) => i === 0 || (values[i - 1] as number) <= value);

test("the default order is the highest severity first, then title", async ({ page }) => {
  await openApp(page, "?lang=en");
  await expect(rows(page)).toHaveCount(40);
  await expect(header(page, "severity")).toHaveAttribute("aria-sort", "descending");
  await expect(header(page, "title")).toHaveAttribute("aria-sort", "none");
  expect(urlParams(page).has("sort")).toBe(false);

  const severities = await rowSeverities(page);
  expect(severities).toHaveLength(40);
  expect(severities[0]).toBe("High");
  expect(severities.at(-1)).toBe("Informational");
  const ranks = severities.map((severity) => SEVERITY_RANK[severity] ?? Number.NaN);
  expect(ranks.every(Number.isFinite)).toBe(true);
  expect(isSortedBy(ranks), `severities not highest first: ${severities.join(", ")}`).toBe(true);

  // Within one severity, alerts come by title.
  const titles = await rowTitles(page);
  for (let i = 1; i < titles.length; i++) {
    if (severities[i] !== severities[i - 1]) continue;
    expect(
      (titles[i - 1] as string).localeCompare(titles[i] as string, "en"),
      `${titles[i - 1]} before ${titles[i]}`,
    ).toBeLessThan(0);
  }
});

test("clicking Severity flips to ascending (Informational first) and back", async ({ page }) => {
  await openApp(page, "?lang=en");
  const severity = header(page, "severity");
  await expect(severity).toHaveAttribute("aria-sort", "descending");

  await headerButton(page, "severity").click();
  await expect(severity).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/[?&]sort=severity(&|$)/);
  await expect(rows(page).first().locator("[data-severity]")).toHaveAttribute(
    "data-severity",
    "Informational",
  );
  const ascending = (await rowSeverities(page)).map((s) => SEVERITY_RANK[s] ?? Number.NaN);
  expect(isSortedBy(ascending.map((rank) => -rank))).toBe(true);
  expect(ascending.at(-1)).toBe(SEVERITY_RANK.High);

  await headerButton(page, "severity").click();
  await expect(severity).toHaveAttribute("aria-sort", "descending");
  await expect(rows(page).first().locator("[data-severity]")).toHaveAttribute("data-severity", "High");
  // Back to the default order, which the URL leaves out.
  await expect.poll(() => urlParams(page).has("sort")).toBe(false);
});

test("Tactics sorts by the earliest kill-chain stage, alerts without a tactic last", async ({
  page,
  request,
}) => {
  const catalog = await fetchCatalog(request);
  const byId = new Map(catalog.alerts.map((alert) => [alert.id, alert]));
  const earliest = (id: string | null) => {
    const tactics = byId.get(id ?? "")?.tactics ?? [];
    return tactics.length === 0 ? KILL_CHAIN.length : Math.min(...tactics.map((t) => KILL_CHAIN.indexOf(t)));
  };

  await openApp(page, "?lang=en");
  await headerButton(page, "tactics").click();
  await expect(header(page, "tactics")).toHaveAttribute("aria-sort", "ascending");
  await expect(header(page, "severity")).toHaveAttribute("aria-sort", "none");
  await expect(page).toHaveURL(/[?&]sort=tactics(&|$)/);

  // Pre-attack alerts first, by title; the eight alerts without any tactic last.
  await expect(rows(page).first()).toHaveAttribute("data-alert-id", "AppServices_Nmap");
  const ids = await rowIds(page);
  expect(ids.slice(0, 5)).toEqual([
    "AppServices_Nmap",
    "AppServices_DrupalScanner",
    "AppServices_JoomlaScanner",
    "AppServices_WpScanner",
    "AppServices_WebFingerprinting",
  ]);
  // Then the alerts starting at initial access (no Probing alert exists).
  expect([...ids.slice(5, 9)].sort()).toEqual(
    [
      "AzureDNS_ThreatIntelSuspectDomain",
      "AppServices_IncomingTiClientIpFtp",
      "AppServices_AnomalousPageAccess",
      "AppServices_UserAgentInjection",
    ].sort(),
  );
  expect([...ids.slice(-8)].sort()).toEqual(
    [
      "AppServices_LinuxCommandOnWindows",
      "AppServices_HighPrivilegeCommand",
      "AppServices_DanglingDomain",
      "AppServices_EICAR",
      "AppServices_PotentialDanglingDomain",
      "AppServices_CurlToDisk",
      "AppServices_SpamReferrer",
      "AppServices_ScanSensitivePage",
    ].sort(),
  );
  const stages = ids.map(earliest);
  expect(isSortedBy(stages), `earliest stages out of order: ${stages.join(",")}`).toBe(true);
  await expect(rows(page).last().locator("td").nth(3)).toHaveText("None");

  // Again: the other way round, alerts without a tactic first.
  await headerButton(page, "tactics").click();
  await expect(header(page, "tactics")).toHaveAttribute("aria-sort", "descending");
  await expect(page).toHaveURL(/[?&]sort=-tactics(&|$)/);
  const reversed = (await rowIds(page)).map(earliest).filter((stage) => stage < KILL_CHAIN.length);
  expect(reversed).toHaveLength(32);
  expect(isSortedBy(reversed.map((stage) => -stage)), `not latest first: ${reversed.join(",")}`).toBe(true);
});

for (const lang of ["en", "fr"] as const) {
  test(`Title sorts alphabetically in ${lang}`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    const before = await rowTitles(page);
    const expected = [...before].sort((a, b) => a.localeCompare(b, lang));
    expect(before).not.toEqual(expected); // the default order is not already by title

    await headerButton(page, "title").click();
    await expect(header(page, "title")).toHaveAttribute("aria-sort", "ascending");
    await expect(page).toHaveURL(/[?&]sort=title(&|$)/);
    await expect.poll(() => rowTitles(page)).toEqual(expected);
    // Each header shows one arrow: the sorted column's direction, the others' ↕.
    expect(await shownArrows(page)).toMatchObject({ severity: "↕", title: "↑" });

    await headerButton(page, "title").click();
    await expect(header(page, "title")).toHaveAttribute("aria-sort", "descending");
    expect(await shownArrows(page)).toMatchObject({ severity: "↕", title: "↓" });
    await expect(page).toHaveURL(/[?&]sort=-title(&|$)/);
    await expect.poll(() => rowTitles(page)).toEqual([...expected].reverse());
  });
}

test("switching language re-sorts titles in the new language", async ({ page }) => {
  await openApp(page, "?lang=fr&sort=title");
  await expect(header(page, "title")).toHaveAttribute("aria-sort", "ascending");
  const french = await rowTitles(page);
  expect(french).toEqual([...french].sort((a, b) => a.localeCompare(b, "fr")));

  await languageButton(page, "en").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect
    .poll(async () => {
      const titles = await rowTitles(page);
      return titles.join("\n") === [...titles].sort((a, b) => a.localeCompare(b, "en")).join("\n");
    })
    .toBe(true);
  const english = await rowTitles(page);
  expect(english).toHaveLength(40);
  expect(english).not.toEqual(french);
});

test("headers sort from the keyboard (Enter and Space)", async ({ page }) => {
  await openApp(page, "?lang=en");
  await headerButton(page, "severity").focus();
  await page.keyboard.press("Enter");
  await expect(header(page, "severity")).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/[?&]sort=severity(&|$)/);
  await expect(rows(page).first().locator("[data-severity]")).toHaveAttribute(
    "data-severity",
    "Informational",
  );
  await expect(headerButton(page, "severity")).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(header(page, "severity")).toHaveAttribute("aria-sort", "descending");

  await headerButton(page, "title").focus();
  await page.keyboard.press("Space");
  await expect(header(page, "title")).toHaveAttribute("aria-sort", "ascending");
  await expect(header(page, "severity")).toHaveAttribute("aria-sort", "none");
  await expect(page).toHaveURL(/[?&]sort=title(&|$)/);
  const titles = await rowTitles(page);
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en")));
});

test("a sort in the link is applied on load", async ({ page }) => {
  await openApp(page, "?lang=en&sort=severity");
  await expect(header(page, "severity")).toHaveAttribute("aria-sort", "ascending");
  await expect(rows(page).first().locator("[data-severity]")).toHaveAttribute(
    "data-severity",
    "Informational",
  );
});
