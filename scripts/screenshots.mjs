// The screenshot set in docs/screenshots: the list, an open alert, the matrix and the filters, in
// French and English, light and dark, at 1440×900 and 390×844. It serves dist/ itself:
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
const WIDTHS = { wide: [1440, 900], narrow: [390, 844] };

let count = 0;
for (const [scene, links] of Object.entries(SCENES)) {
  for (const [language, search] of Object.entries(links)) {
    for (const theme of ["light", "dark"]) {
      for (const [size, [width, height]] of Object.entries(WIDTHS)) {
        const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme });
        await page.goto(new URL(search, base).href);
        await page.locator("html[data-ready]").waitFor({ state: "attached" });
        await page.getByTestId("result-count").waitFor();
        // On a phone the filters are a sheet: open it, as the shot is about them.
        if (scene === "filters" && size === "narrow") {
          await page.getByRole("button", { name: /^(Filters|Filtres)/ }).click();
          await page.getByRole("dialog").waitFor();
        }
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
