import { expect, resultCount, test } from "./support/fixtures";
import { consoleErrors, watchPage } from "./support/page-watch";
import { type Site, startSite } from "./support/site";

/**
 * A deployment whose catalog is missing, not JSON, not a catalog, or of a format this app does not read shows a
 * translated error screen that says what happened, never a blank page; once the file is fixed,
 * Retry brings the table. Service workers are off: these are first visits to a broken deployment.
 */

type Damaged = { schemaVersion: number; alerts: { severity: string }[] };
const change = (text: string, damage: (catalog: Damaged) => void) => {
  const catalog = JSON.parse(text) as Damaged;
  damage(catalog);
  return JSON.stringify(catalog);
};
const BREAKS = {
  missing: (site) => site.remove("catalog.json"),
  corrupt: (site) => site.write("catalog.json", '{"schemaVersion": 1, "alerts": [{"id": '),
  invalid: (site) =>
    site.edit("catalog.json", (text) =>
      change(text, (c) => Object.assign(c.alerts[5] ?? {}, { severity: "Critical" })),
    ),
  newer: (site) => site.edit("catalog.json", (text) => change(text, (c) => (c.schemaVersion = 4))),
  older: (site) => site.edit("catalog.json", (text) => change(text, (c) => (c.schemaVersion = 1))),
} satisfies Record<string, (site: Site) => void>;

const UI = {
  en: {
    title: "The alert catalog could not be loaded",
    retry: "Retry",
    count: "40 of 40 alerts",
    messages: {
      missing: /^The catalog file was not found \(HTTP 404\)\.$/,
      corrupt: /^The catalog file is damaged: .*JSON/,
      invalid: /^The catalog file is damaged: [\s\S]*severity/,
      newer: /^This catalog uses format version 4, newer than this app understands\./,
      older:
        /^This catalog uses format version “\u20681\u2069”, which this app does not read \(it reads version 3\)\./,
    },
  },
  fr: {
    title: "Impossible de charger le catalogue d’alertes",
    retry: "Réessayer",
    count: "40 alertes sur 40",
    messages: {
      missing: /^Le fichier du catalogue est introuvable \(HTTP 404\)\.$/,
      corrupt: /^Le fichier du catalogue est endommagé\u00a0: .*JSON/,
      invalid: /^Le fichier du catalogue est endommagé\u00a0: [\s\S]*severity/,
      newer: /^Ce catalogue utilise la version de format 4, plus récente/,
      older:
        /^Ce catalogue utilise la version de format «\u00a0\u20681\u2069\u00a0», que cette application ne sait pas lire/,
    },
  },
} as const;

for (const lang of ["en", "fr"] as const) {
  for (const [kind, breakIt] of Object.entries(BREAKS) as [keyof typeof BREAKS, (site: Site) => void][]) {
    test(`${kind} catalog: a clear error screen, then Retry once it is fixed (${lang})`, async ({
      browser,
    }) => {
      const site = await startSite();
      const context = await browser.newContext({ serviceWorkers: "block" });
      try {
        const good = site.read("catalog.json");
        breakIt(site);
        const page = await context.newPage();
        const watch = await watchPage(page);
        await page.goto(`${site.url}?lang=${lang}`);

        const alert = page.getByRole("alert");
        await expect(alert.getByRole("heading", { level: 2 })).toHaveText(UI[lang].title);
        await expect(alert.locator("p").first()).toHaveText(UI[lang].messages[kind]);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible(); // the header stays
        await expect(resultCount(page)).toHaveCount(0);

        site.write("catalog.json", good);
        await alert.getByRole("button", { name: UI[lang].retry }).click();
        await expect(resultCount(page)).toHaveText(UI[lang].count);
        await expect(page.getByRole("alert")).toHaveCount(0);

        // The only console error allowed is the browser's own note of the 404.
        const expected = kind === "missing" ? [expect.stringContaining("404")] : [];
        expect(consoleErrors(watch)).toEqual(expected);
        expect(watch.errors).toEqual([]);
        expect(await watch.violations()).toEqual([]);
      } finally {
        await context.close();
        await site.stop();
      }
    });
  }
}

test("a catalog that stays broken keeps the error screen after Retry, with the focus on it", async ({
  browser,
}) => {
  const site = await startSite();
  const context = await browser.newContext({ serviceWorkers: "block" });
  try {
    BREAKS.newer(site);
    const page = await context.newPage();
    await page.goto(`${site.url}?lang=en`);
    const heading = page.getByRole("alert").getByRole("heading", { level: 2 });
    await expect(heading).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Retry" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(heading).toBeFocused();
    await expect(page.getByRole("alert")).toContainText("format version 4");
  } finally {
    await context.close();
    await site.stop();
  }
});

test("with JavaScript off, each page carries the whole catalog instead of nothing", async ({ request }) => {
  // What a browser shows of it is in prerender.spec.ts; here, what each page holds.
  for (const path of ["./", "./en/"]) {
    const html = await (await request.get(path)).text();
    expect(html.match(/<tr data-alert-id=/g)).toHaveLength(40);
    expect(html.match(/<p data-testid="row-description"[^>]*>[^<]{20,}<\/p>/g)).toHaveLength(40);
    expect(/<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1]).toContain('data-testid="noscript-note"');
  }
});
