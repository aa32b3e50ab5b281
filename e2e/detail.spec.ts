import type { Page } from "@playwright/test";
import {
  type CatalogAlert,
  detailPane,
  expect,
  fetchCatalog,
  openApp,
  row,
  rowIds,
  rows,
  searchBox,
  tabUntil,
  test,
  titleLink,
  urlParams,
} from "./support/fixtures";

const CERTUTIL = "AppServices_DownloadUsingCertutil";
const LONG_ID = "AppServices_Base64EncodedExecutableInCommandLineParams";
const SPACED_ID = "AppServices_KnownCredential AccessTools"; // published with a space

const alertById = async (request: Parameters<typeof fetchCatalog>[0], id: string) => {
  const alert = (await fetchCatalog(request)).alerts.find((candidate) => candidate.id === id);
  if (!alert) throw new Error(`${id} is not in the catalog`);
  return alert;
};

/** The pane, found the way assistive technology finds it: a complementary region named by the title. */
const paneFor = (page: Page, alert: CatalogAlert, language: "fr" | "en" = "en") =>
  page.getByRole("complementary", { name: alert.title[language], exact: true });

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test("clicking a row opens the detail pane for that alert", async ({ page, request }) => {
  const alert = await alertById(request, CERTUTIL);
  await openApp(page, "?lang=en");
  await expect(detailPane(page)).toHaveCount(0);

  await row(page, CERTUTIL).locator("td").first().click(); // the severity cell: the row itself
  const pane = paneFor(page, alert);
  await expect(pane).toBeVisible();
  await expect(detailPane(page)).toHaveCount(1);
  await expect(pane).toHaveAttribute("data-testid", "detail-pane");
  expect(await pane.evaluate((element) => element.tagName)).toBe("ASIDE");
  expect(urlParams(page).get("alert")).toBe(CERTUTIL);
  await expect(row(page, CERTUTIL)).toHaveAttribute("aria-selected", "true");
  await expect(page).toHaveTitle(`${alert.title.en} · App Service alert reference`);

  await expect(pane.getByRole("heading", { level: 2 })).toHaveText(alert.title.en);
  await expect(pane.locator("code").first()).toHaveText(CERTUTIL);
  await expect(pane.locator("[data-severity]")).toHaveAttribute("data-severity", alert.severity);
  await expect(pane.locator("[data-severity]")).toHaveText(/Medium/);
  const tactics = await pane
    .locator("button[data-tactic]")
    .evaluateAll((chips) => chips.map((chip) => chip.getAttribute("data-tactic")));
  expect(tactics).toEqual(alert.tactics);
  const platforms = await pane
    .locator("[data-platform]")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-platform")));
  expect(platforms).toEqual(alert.platforms);

  // The whole description, with Defender's placeholders marked.
  const description = pane.locator("p", { has: page.locator("[data-placeholder]") });
  await expect(description).toHaveText(alert.description.en);
  await expect(pane.locator("[data-placeholder]")).toHaveText(["{NAME}"]);

  // Back undoes the opening.
  await page.goBack();
  await expect(detailPane(page)).toHaveCount(0);
  expect(urlParams(page).has("alert")).toBe(false);
});

test("an alert in the link opens on load, in the link's language", async ({ page, request }) => {
  const alert = await alertById(request, CERTUTIL);
  await openApp(page, `?lang=fr&alert=${CERTUTIL}`);
  await expect(paneFor(page, alert, "fr")).toBeVisible();
  await expect(paneFor(page, alert, "fr").locator("[data-placeholder]")).toHaveText(["{NAME}"]);
});

test.describe("the pane's code is in before it is needed", () => {
  const PANE_CODE = /\/detail-pane-[\w-]+\.js$/;

  test("it comes at the reader's first move, and an alert's first open draws whole in the next frame", async ({
    page,
  }) => {
    const retired = "AppServices_CurlToDisk"; // it has a history (changes.json) and a mapping (notes.json)
    const asked: string[] = [];
    page.on("request", (request) => {
      const file = request.url().split("/").at(-1) ?? "";
      if (PANE_CODE.test(request.url())) asked.push("pane code");
      else if (["notes.json", "changes.json"].includes(file)) asked.push(file);
    });
    await openApp(page, "?lang=en");
    await page.waitForLoadState("networkidle");
    expect(asked).toEqual([]); // a load alone does not pay for it
    await row(page, retired).hover();
    await expect.poll(() => asked.toSorted()).toEqual(["changes.json", "notes.json", "pane code"]);
    await page.waitForLoadState("networkidle");

    // What the frame after the click shows: a pane whose code is still coming shows later; one whose
    // notes are still coming says it is loading our mapping's reasons, and has no history yet.
    await page.evaluate(() => {
      const probe = window as unknown as { nextFrame?: { text: string; history: boolean } | null };
      const onClick = () =>
        requestAnimationFrame(() => {
          const pane = document.querySelector('[data-testid="detail-pane"]');
          probe.nextFrame = pane && {
            text: pane.textContent ?? "",
            history: pane.querySelector('[data-testid="alert-history"]') !== null,
          };
        });
      addEventListener("click", onClick, { capture: true, once: true });
    });
    await row(page, retired).locator("td").first().click();
    await expect(detailPane(page)).toBeVisible();
    const nextFrame = await page.evaluate(
      () => (window as { nextFrame?: { text: string; history: boolean } | null }).nextFrame,
    );
    expect(nextFrame?.text).toContain(retired);
    expect(nextFrame?.text).not.toContain("Loading");
    expect(nextFrame?.history).toBe(true);
  });

  test("a link naming an alert asks for it with the catalog, not once the table is drawn", async ({
    page,
    request,
  }) => {
    const alert = await alertById(request, CERTUTIL);
    let paneAsked = () => {};
    const asked = new Promise<void>((resolve) => {
      paneAsked = resolve;
    });
    page.on("request", (sent) => {
      if (PANE_CODE.test(sent.url())) paneAsked();
    });
    // The catalog is held until the pane's code is asked for: asked only once the table is
    // drawn, it never would be, and the page would never be ready.
    await page.route(/\/catalog\.json$/, async (route) => {
      await asked;
      await route.continue();
    });
    await openApp(page, `?lang=en&alert=${CERTUTIL}`);
    await expect(paneFor(page, alert)).toBeVisible();
  });
});

test.describe("copy buttons", () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  });

  test("Copy ID puts the alert ID on the clipboard", async ({ page, request }) => {
    const alert = await alertById(request, CERTUTIL);
    await openApp(page, `?lang=en&alert=${CERTUTIL}`);
    const pane = paneFor(page, alert);
    const copyId = pane.getByRole("button", { name: /^Copy ID/ });
    await copyId.click();
    await expect(copyId).toContainText("Copied");
    await expect.poll(() => readClipboard(page)).toBe(CERTUTIL);
  });

  test("Copy link copies a URL that opens the same alert", async ({ page, request }) => {
    const alert = await alertById(request, SPACED_ID);
    await openApp(page, "?lang=en&q=suspicious");
    await titleLink(page, SPACED_ID).click();
    const pane = paneFor(page, alert);
    await expect(pane).toBeVisible();

    // An ID with a space survives the copy too.
    await pane.getByRole("button", { name: /^Copy ID/ }).click();
    await expect.poll(() => readClipboard(page)).toBe(SPACED_ID);

    await pane.getByRole("button", { name: /^Copy link/ }).click();
    await expect.poll(() => readClipboard(page)).toContain("alert=");
    const link = await readClipboard(page);
    const url = new URL(link);
    expect(url.searchParams.get("alert")).toBe(SPACED_ID);
    expect(url.searchParams.get("q")).toBe("suspicious");
    expect(url.searchParams.get("lang")).toBe("en");
    expect(link.startsWith(new URL("./", page.url()).href)).toBe(true);

    await page.goto("about:blank");
    await page.goto(link);
    await expect(paneFor(page, alert)).toBeVisible();
    await expect(searchBox(page)).toHaveValue("suspicious");
  });
});

test("next and previous walk the current sorted, filtered order", async ({ page, request }) => {
  const catalog = await fetchCatalog(request);
  const titles = new Map(catalog.alerts.map((alert) => [alert.id, alert.title.en]));
  await openApp(page, "?lang=en&severity=High&sort=title");
  const ids = (await rowIds(page)) as string[];
  expect(ids).toHaveLength(11);

  await titleLink(page, ids[0] as string).click();
  const pane = detailPane(page);
  const next = pane.getByRole("button", { name: "Next alert" });
  const previous = pane.getByRole("button", { name: "Previous alert" });
  await expect(pane.getByRole("heading", { level: 2 })).toHaveText(titles.get(ids[0] as string) ?? "?");
  await expect(pane).toContainText("1 of 11");
  await expect(previous).toBeDisabled();

  for (let i = 1; i < ids.length; i++) {
    await next.click();
    await expect(pane.getByRole("heading", { level: 2 })).toHaveText(titles.get(ids[i] as string) ?? "?");
    await expect(pane).toContainText(`${i + 1} of 11`);
    expect(urlParams(page).get("alert")).toBe(ids[i]);
  }
  await expect(next).toBeDisabled();

  for (let i = ids.length - 2; i >= 0; i--) {
    await previous.click();
    await expect(pane.getByRole("heading", { level: 2 })).toHaveText(titles.get(ids[i] as string) ?? "?");
  }
  await expect(previous).toBeDisabled();
  await expect(next).toBeEnabled();
});

test("Escape closes the pane and gives the focus back to the alert's title link", async ({
  page,
  request,
}) => {
  const alert = await alertById(request, CERTUTIL);
  await openApp(page, "?lang=en");
  await row(page, CERTUTIL).locator("td").first().click();
  await expect(paneFor(page, alert)).toBeVisible();
  await expect(paneFor(page, alert).getByRole("heading", { level: 2 })).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(detailPane(page)).toHaveCount(0);
  await expect.poll(() => urlParams(page).has("alert")).toBe(false);
  await expect(titleLink(page, CERTUTIL)).toBeFocused();
  await expect(page).toHaveTitle("App Service alert reference");
});

test("the Close button closes the pane and gives the focus back too", async ({ page, request }) => {
  const alert = await alertById(request, LONG_ID);
  await openApp(page, `?lang=en&alert=${LONG_ID}`);
  await paneFor(page, alert).getByRole("button", { name: "Close" }).click();
  await expect(detailPane(page)).toHaveCount(0);
  await expect(titleLink(page, LONG_ID)).toBeFocused();
});

test("Escape in the search box does not close the pane", async ({ page, request }) => {
  const alert = await alertById(request, CERTUTIL);
  await openApp(page, `?lang=en&alert=${CERTUTIL}`);
  await searchBox(page).focus();
  await page.keyboard.press("Escape");
  await expect(paneFor(page, alert)).toBeVisible();
});

test("Escape with the about dialog open closes the dialog only", async ({ page, request }) => {
  const alert = await alertById(request, CERTUTIL);
  await openApp(page, `?lang=en&alert=${CERTUTIL}`);
  await page.getByRole("button", { name: "About this catalog" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(paneFor(page, alert)).toBeVisible();
  expect(urlParams(page).get("alert")).toBe(CERTUTIL);
});

test("keyboard: Tab to a title link and press Enter opens the alert", async ({ page, request }) => {
  await openApp(page, "?lang=en");
  const firstId = (await rowIds(page))[0] as string;
  const alert = await alertById(request, firstId);
  await searchBox(page).focus();
  await tabUntil(page, titleLink(page, firstId));
  await page.keyboard.press("Enter");
  const pane = paneFor(page, alert);
  await expect(pane).toBeVisible();
  expect(urlParams(page).get("alert")).toBe(firstId);
  await expect(pane.getByRole("heading", { level: 2 })).toBeFocused();
});

test("keyboard: Enter on a focused row opens the alert", async ({ page, request }) => {
  const alert = await alertById(request, CERTUTIL);
  await openApp(page, "?lang=en");
  await row(page, CERTUTIL).focus();
  await expect(row(page, CERTUTIL)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(paneFor(page, alert)).toBeVisible();
  expect(urlParams(page).get("alert")).toBe(CERTUTIL);
});

test("an unknown alert in the link shows a notice, and is searched for", async ({ page }) => {
  await openApp(page, "?lang=en&alert=Nope");
  const notice = page.getByRole("alert").filter({ hasText: "not in this catalog" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Nope");
  await expect(searchBox(page)).toHaveValue("Nope");
  await expect(detailPane(page)).toHaveCount(0);

  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
  await expect.poll(() => urlParams(page).has("alert")).toBe(false);
  await searchBox(page).fill("");
  await expect(rows(page)).toHaveCount(40);
});

test.describe("on a 360×780 phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  for (const lang of ["en", "fr"] as const) {
    test(`the pane covers the screen and nothing scrolls sideways (${lang})`, async ({ page, request }) => {
      const alert = await alertById(request, LONG_ID);
      await openApp(page, `?lang=${lang}`);
      await expect(rows(page)).toHaveCount(40);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(360);

      await titleLink(page, LONG_ID).click();
      const pane = paneFor(page, alert, lang);
      await expect(pane).toBeVisible();
      const box = await pane.boundingBox();
      expect(box).toEqual({ x: 0, y: 0, width: 360, height: 780 });
      expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
      expect(await pane.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);

      await page.keyboard.press("Escape");
      await expect(detailPane(page)).toHaveCount(0);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    });
  }

  test("keyboard focus never lands on content hidden behind the pane", async ({ page }) => {
    await openApp(page, `?lang=en&alert=${CERTUTIL}`);
    await expect(detailPane(page)).toBeVisible();
    for (const key of [...Array(6).fill("Shift+Tab"), ...Array(12).fill("Tab")] as string[]) {
      await page.keyboard.press(key);
      const focus = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return "body";
        const box = element.getBoundingClientRect();
        const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        const shown = element.closest("aside") !== null || element.contains(top);
        return shown ? "shown" : `hidden: ${element.tagName} ${element.textContent?.trim().slice(0, 40)}`;
      });
      expect(focus, `after ${key}`).not.toMatch(/^hidden/);
    }
  });
});

test("the alert in the link is scrolled into view in the table, far down as it may be", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // Sorted by ID, this alert is the last row, well below the first screen.
  await openApp(page, "?lang=en&sort=id&alert=AzureDNS_ThreatIntelSuspectDomain");
  await expect(detailPane(page)).toBeVisible();
  await expect(row(page, "AzureDNS_ThreatIntelSuspectDomain")).toBeInViewport();
});
