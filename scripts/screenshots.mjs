// Takes the README's screenshots from a running server: `npm run build && npx vite preview` then
// `node scripts/screenshots.mjs [baseUrl] [outDir]`.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import CHROMIUM_ARGS from "../e2e/support/chromium-args.json" with { type: "json" };

const base = process.argv[2] ?? "http://127.0.0.1:4173/";
const out = process.argv[3] ?? "docs/screenshots";
const executablePath = ["/usr/bin/chromium", process.env.CHROMIUM_PATH].find((p) => p && existsSync(p));
const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
});
const shots = [
  ["browser-wide", 1440, 900, "?lang=en&q=certutil"],
  ["browser-wide-fr", 1440, 900, "?lang=fr&severity=High&platform=Linux"],
  ["detail-wide", 1440, 900, "?lang=en&alert=AppServices_CurlToDisk"],
  ["detail-wide-fr", 1440, 900, "?lang=fr&tactic=Execution&alert=AppServices_ExecutableDecodedUsingCertutil"],
  ["browser-narrow", 360, 780, "?lang=en"],
  ["browser-narrow-fr", 360, 780, "?lang=fr&q=ex%C3%A9cution"],
  ["detail-narrow", 360, 780, "?lang=en&alert=AppServices_FilelessAttackToolkitDetection"],
  ["detail-narrow-fr", 360, 780, "?lang=fr&alert=AppServices_KnownCredential%20AccessTools"],
  ...(process.env.EXTRA_SHOTS ? JSON.parse(process.env.EXTRA_SHOTS) : []),
];
for (const [name, width, height, search] of shots) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(new URL(search, base).href);
  await page.getByTestId("result-count").waitFor();
  await page.waitForTimeout(150);
  await page.screenshot({ path: `${out}/${name}.png` });
  await page.close();
}
await browser.close();
console.log(`wrote ${shots.length} screenshots to ${out}`);
