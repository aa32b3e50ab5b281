// The screenshot set in docs/screenshots: every screen in French and English at 1440×900 and
// 390×844; the list, an open alert, the matrix and the filters also in the dark theme. It serves
// dist/ itself:
//   npm run build && npm run screenshots [-- outDir]
import { existsSync, mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import httpServer from "http-server";
import CHROMIUM_ARGS from "../e2e/support/chromium-args.json" with { type: "json" };

const out = process.argv[2] ?? "docs/screenshots";
if (!existsSync("dist/index.html")) {
  console.error("screenshots: dist/ is missing; run `npm run build` first.");
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const site = httpServer.createServer({ root: "dist", cache: -1 });
await new Promise((resolve) => site.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${site.server.address().port}/`;

const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find(
  (path) => path && existsSync(path),
);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

/** What each shot shows, by language: a search or filters someone would really use. */
const SCENES = {
  list: { fr: "?lang=fr&q=certutil", en: "?lang=en&q=certutil" },
  alert: {
    fr: "?lang=fr&alert=AppServices_ExecutableDecodedUsingCertutil",
    en: "?lang=en&alert=AppServices_CurlToDisk",
  },
  matrix: { fr: "?lang=fr&view=matrix", en: "?lang=en&view=matrix&status=active" },
  filters: {
    fr: "?lang=fr&severity=High&platform=Linux",
    en: "?lang=en&severity=High&technique=T1105,T1140",
  },
};
/** The other screens, in the light theme: the colours are the ones above. */
const LIGHT_SCENES = {
  changes: { fr: "?lang=fr&view=changes", en: "?lang=en&view=changes" },
  about: { fr: "?lang=fr", en: "?lang=en" },
  shortcuts: { fr: "?lang=fr", en: "?lang=en" },
  empty: { fr: "?lang=fr&q=zzzzqqq", en: "?lang=en&q=zzzzqqq" },
  "not-found": { fr: "?lang=fr&alert=AppServices_CurlToDisc", en: "?lang=en&alert=AppServices_CurlToDisc" },
  error: { fr: "?lang=fr", en: "?lang=en" },
};
const DIALOGS = {
  about: { fr: "À propos de ce catalogue", en: "About this catalog" },
  shortcuts: { fr: "Raccourcis clavier", en: "Keyboard shortcuts" },
};
const WIDTHS = { wide: [1440, 900], narrow: [390, 844] };

/** Brings the scene on screen once the page is drawn. */
async function show(page, scene, language, size) {
  if (scene === "error") return page.getByTestId("error-screen").waitFor();
  await page.getByTestId("result-count").waitFor();
  // On a phone the filters are a sheet: open it, as the shot is about them.
  if (scene === "filters" && size === "narrow") {
    await page.getByRole("button", { name: /^(Filters|Filtres)/ }).click();
    await page.getByRole("dialog").waitFor();
  }
  if (scene in DIALOGS) {
    await page.getByRole("button", { name: DIALOGS[scene][language], exact: true }).click();
    await page.getByRole("dialog", { name: DIALOGS[scene][language] }).waitFor();
  }
  // What comes with code of its own, after the count.
  const shown = { matrix: page.getByTestId("matrix"), changes: page.getByTestId("changes") }[scene];
  await shown?.waitFor();
  if (scene === "not-found") await page.getByRole("alert").waitFor();
  if (scene === "empty") await page.getByTestId("empty-state").waitFor();
}

const shots = [
  ...Object.entries(SCENES).map(([scene, links]) => ({ scene, links, themes: ["light", "dark"] })),
  ...Object.entries(LIGHT_SCENES).map(([scene, links]) => ({ scene, links, themes: ["light"] })),
];
let count = 0;
for (const { scene, links, themes } of shots) {
  for (const [language, search] of Object.entries(links)) {
    for (const theme of themes) {
      for (const [size, [width, height]] of Object.entries(WIDTHS)) {
        const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme });
        // The error screen: the catalog is missing, as on a broken deployment.
        if (scene === "error") await page.route("**/catalog.json", (route) => route.fulfill({ status: 404 }));
        await page.goto(new URL(search, base).href);
        await page.locator("html[data-ready]").waitFor({ state: "attached" });
        await show(page, scene, language, size);
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${out}/${scene}-${language}-${theme}-${size}.png` });
        await page.close();
        count++;
      }
    }
  }
}
await browser.close();
site.close();
console.log(`wrote ${count} screenshots to ${out}`);
