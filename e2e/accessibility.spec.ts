import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { generateCatalog } from "../scripts/synthetic-catalog";
import { expectNoAxeViolations } from "./support/axe";
import {
  test as base,
  type Catalog,
  detailPane,
  expect,
  facetCheckbox,
  type Language,
  languageButton,
  openApp,
  resultCount,
  rows,
  searchBox,
} from "./support/fixtures";
import { hostileCatalog, LONG_ID } from "./support/hostile-catalog";
import { type Site, startSite } from "./support/site";

/**
 * WCAG 2.2 AA in every view and state of the app, in both languages, both themes, on a wide
 * screen and a phone: axe finds nothing (no rule is left out). Then what axe cannot see: every
 * stop of the keyboard shows its focus and is not hidden, motion stops when the user asks, and
 * the result count is the one live region. (Journeys by keyboard alone are in keyboard.spec.ts.)
 */

const THEMES = ["light", "dark"] as const;
const LANGUAGES = ["fr", "en"] as const satisfies readonly Language[];
const WIDTHS = [1440, 360] as const;
const HEIGHT = { 1440: 900, 360: 780 } as const;

interface Combination {
  theme: (typeof THEMES)[number];
  lang: Language;
  width: (typeof WIDTHS)[number];
}
/**
 * The combinations that can differ. A theme changes colours only, and what axe checks of colour
 * (contrast) depends on the theme and the width (what is on screen, over what). A language changes
 * text only, and what axe checks of text (names, labels, lang, target sizes as words wrap) depends
 * on the language and the width. No rule depends on all three, so the four combinations holding
 * every pair of a theme, a language and a width (the width flips with either of the other two)
 * find all that the eight would: the other four cannot differ from them.
 */
const EVERY_PAIR: Combination[] = THEMES.flatMap((theme, t) =>
  LANGUAGES.map((lang, l) => ({ theme, lang, width: WIDTHS[t ^ l] as Combination["width"] })),
);
/** Each theme, language and width once: for a state whose difference from another lies elsewhere. */
const EACH_VALUE_ONCE: Combination[] = THEMES.map((theme, i) => ({
  theme,
  lang: LANGUAGES[i] as Language,
  width: WIDTHS[i] as Combination["width"],
}));

const UI = {
  en: {
    about: "About this catalog",
    shortcuts: "Keyboard shortcuts",
    empty: "No alert matches “\u2068zzzzqqq\u2069” with these filters.",
  },
  fr: {
    about: "À propos de ce catalogue",
    shortcuts: "Raccourcis clavier",
    empty: "Aucune alerte ne correspond à « \u2068zzzzqqq\u2069 » avec ces filtres.",
  },
} as const;

/** The real catalog, as built: the base of the private sites' catalogs. */
const realCatalog = () => JSON.parse(readFileSync("dist/catalog.json", "utf8")) as Catalog;

/** Deployments of the built site with another catalog.json, or none. */
const PRIVATE_SITES = {
  /** The catalog is missing: the error screen. */
  broken: async () => {
    const site = await startSite();
    site.remove("catalog.json");
    return site;
  },
  /** Markup, script, huge and unbroken strings, bidi overrides where text belongs. */
  hostile: () => startSite({ files: { "catalog.json": JSON.stringify(hostileCatalog(realCatalog())) } }),
  /** 10,000 alerts: only the rows in view are in the page. */
  large: () =>
    startSite({ files: { "catalog.json": JSON.stringify(generateCatalog(realCatalog() as never, 10_000)) } }),
} satisfies Record<string, () => Promise<Site>>;
type PrivateSite = keyof typeof PRIVATE_SITES;

/** Private sites are started once per worker, when a test first needs one. */
const test = base.extend<Record<never, never>, { privateSite: (kind: PrivateSite) => Promise<Site> }>({
  privateSite: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures list what they use; this uses nothing
    async ({}, use) => {
      const started = new Map<PrivateSite, Promise<Site>>();
      await use((kind) => {
        const site = started.get(kind) ?? PRIVATE_SITES[kind]();
        started.set(kind, site);
        return site;
      });
      for (const site of started.values()) await (await site).stop();
    },
    { scope: "worker" },
  ],
});

/** On a phone the filters sit behind a disclosure button; open it so axe sees them too. */
async function showFilters(page: Page) {
  // On a phone the filters open in a sheet, a modal dialog.
  const opener = page.locator("main button[aria-haspopup=dialog]");
  if (await opener.isVisible()) {
    await opener.click();
    await expect(page.getByRole("dialog")).toBeVisible();
  }
  await expect(page.locator("fieldset[data-facet=severity]")).toBeVisible();
}

async function openDialog(page: Page, name: string) {
  await page.getByRole("button", { name, exact: true }).click();
  await expect(page.getByRole("dialog", { name })).toBeVisible();
}

interface State {
  name: string;
  /** Brings the state on screen: the page is sized and themed, `site` is the private site if any. */
  show: (page: Page, lang: Language, site?: Site) => Promise<void>;
  site?: PrivateSite;
  /** Console errors the state causes on purpose. */
  consoleErrors?: RegExp[];
  /** Every pair of values unless said otherwise. */
  combinations?: Combination[];
}

const CERTUTIL = "AppServices_DownloadUsingCertutil"; // its description holds a {NAME} placeholder

const STATES: State[] = [
  {
    name: "the table",
    show: async (page, lang) => {
      await openApp(page, `?lang=${lang}`);
      await expect(rows(page)).toHaveCount(40);
    },
  },
  {
    name: "filters in effect, the filter panel open",
    show: async (page, lang) => {
      await openApp(page, `?lang=${lang}&severity=High&tactic=Execution`);
      await showFilters(page);
      await expect(facetCheckbox(page, "severity", "High")).toBeChecked();
      await expect(rows(page).first()).toBeVisible();
    },
  },
  {
    name: "the detail pane, with its placeholders and hunting queries",
    show: async (page, lang) => {
      await openApp(page, `?lang=${lang}&alert=${CERTUTIL}`);
      await expect(detailPane(page).locator("[data-placeholder]")).toHaveCount(1);
      await expect(detailPane(page).locator("pre code")).toHaveCount(2);
    },
  },
  {
    name: "the detail pane, FR | EN side by side",
    show: async (page, lang) => {
      await openApp(page, `?lang=${lang}&alert=${CERTUTIL}&bilingual=1`);
      await expect(detailPane(page).getByTestId("bilingual").locator(":scope > section")).toHaveCount(2);
    },
  },
  {
    name: "a retired alert's pane, with its status, errata and history",
    show: async (page, lang) => {
      await openApp(page, `?lang=${lang}&alert=AppServices_CommandlineSuspectDomain`);
      await expect(detailPane(page).getByTestId("errata")).toBeVisible();
      await expect(detailPane(page).getByTestId("alert-history")).toBeVisible();
    },
  },
  {
    name: "the Changes view",
    show: async (page, lang) => {
      await openApp(page, `?lang=${lang}&view=changes`);
      await expect(page.getByTestId("changes")).toBeVisible();
    },
  },
  {
    name: "the coverage matrix",
    show: async (page, lang) => {
      await openApp(page, `?lang=${lang}&view=matrix`);
      await expect(page.getByTestId("matrix").locator("table")).toBeVisible();
    },
  },
  {
    name: "the empty state, the filter panel open",
    show: async (page, lang) => {
      await openApp(page, `?lang=${lang}&q=zzzzqqq&tactic=Execution`);
      await expect(page.getByText(UI[lang].empty)).toBeVisible();
      await showFilters(page);
    },
  },
  {
    name: "a search matching in a description, its sentence shown",
    show: async (page, lang) => {
      await openApp(page, `?lang=${lang}&q=pastebin`);
      await expect(rows(page).locator("[data-snippet] mark")).toHaveCount(1);
    },
  },
  {
    name: "an unknown alert in the link, searched, the closest IDs offered",
    show: async (page, lang) => {
      await openApp(page, `?lang=${lang}&alert=AppServices_CurlToDisks`);
      await expect(page.getByTestId("id-suggestions").getByRole("link")).toHaveCount(1);
      await expect(page.getByTestId("empty-state")).toBeVisible();
    },
  },
  {
    name: "the about dialog",
    show: async (page, lang) => {
      await openApp(page, `?lang=${lang}`);
      await openDialog(page, UI[lang].about);
    },
  },
  {
    name: "the keyboard shortcuts dialog",
    show: async (page, lang) => {
      await openApp(page, `?lang=${lang}`);
      await openDialog(page, UI[lang].shortcuts);
    },
  },
  {
    name: "the error screen",
    site: "broken",
    consoleErrors: [/status of 404/], // the browser's own note of the missing catalog
    show: async (page, lang, site) => {
      await page.goto(`${site?.url}?lang=${lang}`);
      await expect(page.getByRole("alert")).toContainText("404");
    },
  },
  {
    name: "a hostile catalog, an alert with a long unbroken ID open",
    site: "hostile",
    show: async (page, lang, site) => {
      await openApp(page, `?lang=${lang}&alert=${encodeURIComponent(LONG_ID)}`, site);
      await expect(detailPane(page).locator("code").first()).toHaveText(LONG_ID);
    },
  },
  {
    name: "a hostile catalog's notes in the about dialog",
    site: "hostile",
    show: async (page, lang, site) => {
      await openApp(page, `?lang=${lang}`, site);
      await openDialog(page, UI[lang].about);
    },
  },
  {
    // The rows are the table's own; what is new is a table whose rows are not all in the page.
    name: "10,000 alerts, drawn as they scroll into view",
    site: "large",
    combinations: EACH_VALUE_ONCE,
    show: async (page, lang, site) => {
      await openApp(page, `?lang=${lang}`, site);
      await expect(page.getByRole("table")).toHaveAttribute("aria-rowcount", "10001");
      await expect(rows(page).first()).toBeVisible();
    },
  },
];

test.describe("axe", () => {
  test.use({ serviceWorkers: "block" }); // first visits only: nothing cached between states

  for (const state of STATES) {
    test.describe(state.name, () => {
      test.use({ allowedConsoleErrors: state.consoleErrors ?? [] });

      for (const { theme, lang, width } of state.combinations ?? EVERY_PAIR) {
        test(`${theme}, ${lang}, ${width} px`, async ({ page, privateSite }) => {
          await page.setViewportSize({ width, height: HEIGHT[width] });
          await page.emulateMedia({ colorScheme: theme });
          await state.show(page, lang, state.site ? await privateSite(state.site) : undefined);
          await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
          await expect(page.locator("html")).toHaveAttribute("lang", lang);
          await expectNoAxeViolations(page);
        });
      }
    });
  }
});

/** Tabs once round the page; for every stop, how its focus shows and whether something covers it. */
async function tabStops(page: Page, max = 150) {
  const stops: { name: string; outline: string; covered: boolean }[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const w = window as { __firstStop?: Element };
      if (w.__firstStop === el) return "again";
      w.__firstStop ??= el;
      const style = getComputedStyle(el);
      // Each line of a link that wraps is a box of its own: the centre of their union can fall
      // on whatever follows the link on its last line.
      const boxes = [...el.getClientRects()];
      const coveredAt = (box: DOMRect) => {
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return !hit || !(el === hit || el.contains(hit) || hit.contains(el));
      };
      return {
        name: `${el.tagName.toLowerCase()} ${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}`,
        outline: style.outlineStyle === "none" ? "none" : `${style.outlineStyle} ${style.outlineWidth}`,
        covered: boxes.length === 0 || boxes.some(coveredAt),
      };
    });
    if (stop === "again") break;
    if (stop) stops.push(stop);
  }
  await page.evaluate(() => {
    delete (window as { __firstStop?: Element }).__firstStop;
  });
  return stops;
}

function expectVisibleFocus(stops: Awaited<ReturnType<typeof tabStops>>) {
  expect(stops.length).toBeGreaterThan(5);
  for (const stop of stops) {
    expect(stop.outline, `focus outline of ${stop.name}`).toMatch(/^solid [2-9]/);
    expect(stop.covered, `${stop.name} hidden under something`).toBe(false);
  }
}

for (const theme of THEMES) {
  for (const width of WIDTHS) {
    test(`focus is visible and never hidden on every Tab stop, ${theme}, ${width} px`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height: HEIGHT[width] });
      await openApp(page, "?lang=en&severity=High");
      expectVisibleFocus(await tabStops(page));

      await openApp(page, "?lang=en&severity=High&alert=AppServices_CurlToDisk");
      await expect(detailPane(page)).toBeVisible();
      expectVisibleFocus(await tabStops(page));

      await openApp(page, "?lang=en&view=matrix");
      expectVisibleFocus(await tabStops(page, 60));
    });
  }
}

test("a user who asks for reduced motion gets none", async ({ page }) => {
  const probe = (p: Page) =>
    p.evaluate(() => {
      // Through the CSSOM, as a component would animate something.
      const el = document.createElement("div");
      el.style.transition = "opacity 2s";
      el.style.animation = "none 3s";
      document.body.append(el);
      const { transitionDuration, animationDuration } = getComputedStyle(el);
      el.remove();
      return {
        transitionDuration,
        animationDuration,
        smooth: getComputedStyle(document.documentElement).scrollBehavior,
      };
    });
  await openApp(page, "?lang=en");
  expect(await probe(page)).toEqual({ transitionDuration: "2s", animationDuration: "3s", smooth: "auto" });
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await probe(page)).toEqual({
    transitionDuration: "1e-05s",
    animationDuration: "1e-05s",
    smooth: "auto",
  });
});

test("the result count is the page's one live region, polite, and follows every change", async ({ page }) => {
  await openApp(page, "?lang=en");
  const count = resultCount(page);
  await expect(page.getByRole("status")).toHaveCount(1);
  await expect(count).toHaveAttribute("role", "status");
  await expect(count).toHaveAttribute("aria-live", "polite");
  await expect(count).toHaveText("40 of 40 alerts");
  await searchBox(page).fill("certutil");
  await expect(count).toHaveText("2 of 40 alerts");
  await facetCheckbox(page, "severity", "High").check();
  await expect(count).toHaveText("1 of 40 alerts");
  await page.getByRole("button", { name: "Matrix" }).click();
  await expect(count).toHaveText("1 of 40 alerts");
  await languageButton(page, "fr").click();
  await expect(count).toHaveText("1 alerte sur 40");
  await expect(page.getByRole("status")).toHaveCount(1);
});
