import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import httpServer from "http-server";
import { CHROMIUM_ARGS, findChromium } from "../e2e/support/find-chromium.ts";
import { PAINT_PROBE } from "./bench-probe.ts";
import { syntheticCatalogJson } from "./synthetic-catalog.ts";

/**
 * `npm run bench`: the built app (dist/) in headless Chromium, per catalog size, from a plain
 * static server on this machine. Every figure is taken in the page, from the event's own
 * timestamp to the first frame that shows its result (see bench-probe.ts), over repeated runs;
 * the table gives the median and p95 (nearest rank) with how many samples each rests on.
 */

/**
 * Per catalog size: how many fresh loads to time, and on how many of them (the last ones) to
 * type the words and go `rounds` times through the facet and sort sequences. A p95 needs a few
 * dozen samples: over 16, it is simply the slowest one.
 */
interface Plan {
  size: number;
  loads: number;
  interactiveLoads: number;
  words: readonly string[];
  rounds: number;
}
const WORDS = ["suspicious process", "web shell", "certutil"];
const PLANS: Plan[] = [
  { size: 40, loads: 9, interactiveLoads: 2, words: WORDS, rounds: 3 },
  { size: 1_000, loads: 7, interactiveLoads: 2, words: WORDS, rounds: 3 },
  { size: 10_000, loads: 7, interactiveLoads: 2, words: WORDS, rounds: 3 },
  { size: 50_000, loads: 3, interactiveLoads: 1, words: ["suspicious process", "certutil"], rounds: 2 },
];
/** Roughly a fast typist: the next key goes down this long after the previous one. */
const KEY_INTERVAL_MS = 120;
const VIEWPORT = { width: 1440, height: 900 };

type Samples = number[];
interface Result {
  size: number;
  firstRow: Samples;
  complete: Samples;
  keystroke: Samples;
  facet: Samples;
  sort: Samples;
  detail: Samples;
  heapMb: Samples;
}

const percentile = (values: Samples, p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
};
const median = (values: Samples) => percentile(values, 0.5);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Bench = {
  firstRow: number | null;
  complete: number | null;
  result: number | null;
  settled: (key: "firstRow" | "complete" | "result") => Promise<number>;
  arm: (type: string, condition: string, extra?: string) => void;
};
declare global {
  interface Window {
    __bench: Bench;
  }
}

/** A fresh visitor: new profile (empty cache), no service worker, the paint probe installed. */
async function open(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: "block" });
  await context.addInitScript(PAINT_PROBE);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit" });
  const complete = await settled(page, "complete", 180_000);
  const firstRow = await settled(page, "firstRow", 1_000);
  return { context, page, firstRow, complete };
}

async function heapMb(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize / 1e6;
}

/** Arms the probe for the next `type` event, acts, and returns event → painted result in ms. */
async function timed(page: Page, type: string, condition: string, act: () => Promise<unknown>, extra = "") {
  await page.evaluate(
    ([t, c, e]) => window.__bench.arm(t as string, c as string, e),
    [type, condition, extra],
  );
  await act();
  return settled(page, "result", 60_000);
}

/** A probe figure once the page has it: one evaluation awaiting it, no polling. */
async function settled(page: Page, key: "firstRow" | "complete" | "result", timeout: number) {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${key} after ${timeout} ms`)), timeout);
  });
  try {
    return await Promise.race([page.evaluate((k) => window.__bench.settled(k), key), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function typing(page: Page, words: readonly string[]) {
  const samples: Samples = [];
  await page.locator("#alert-search").click();
  for (const word of words) {
    for (const key of [...word, "Backspace", "Backspace", word.at(-2) ?? "", word.at(-1) ?? ""]) {
      const started = Date.now();
      samples.push(
        await timed(page, "keydown", "next", () => page.keyboard.press(key === " " ? "Space" : key)),
      );
      await pause(Math.max(0, KEY_INTERVAL_MS - (Date.now() - started)));
    }
    await page.keyboard.press("Control+A");
    samples.push(await timed(page, "keydown", "next", () => page.keyboard.press("Backspace")));
    await pause(KEY_INTERVAL_MS);
  }
  return samples;
}

async function facets(page: Page, rounds: number) {
  const boxes = [
    ["severity", "High"],
    ["platform", "Linux"],
    ["tactic", "Execution"],
    ["severity", "Medium"],
  ];
  const samples: Samples = [];
  for (let round = 0; round < rounds; round++) {
    for (const [facet, value] of [...boxes, ...boxes.toReversed()]) {
      const box = page.locator(`fieldset[data-facet="${facet}"] input[data-value="${value}"]`);
      await box.scrollIntoViewIfNeeded();
      samples.push(await timed(page, "click", "next", () => box.click()));
      await pause(50);
    }
  }
  return samples;
}

async function sorting(page: Page, rounds: number) {
  const samples: Samples = [];
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let round = 0; round < rounds; round++) {
    for (const column of [
      "title",
      "title",
      "tactics",
      "tactics",
      "platforms",
      "platforms",
      "severity",
      "severity",
    ]) {
      const header = page.locator(`th[data-column="${column}"] button`);
      samples.push(await timed(page, "click", "sorted", () => header.click(), column));
      await pause(50);
    }
  }
  return samples;
}

async function details(page: Page, count: number) {
  const samples: Samples = [];
  for (let i = 0; i < count; i++) {
    const link = page.locator("tbody [data-alert-link]").nth(i);
    await link.scrollIntoViewIfNeeded();
    samples.push(await timed(page, "click", "pane", () => link.click()));
    await page.keyboard.press("Escape");
    await page.locator('[data-testid="detail-pane"]').waitFor({ state: "detached" });
    await pause(50);
  }
  return samples;
}

/** The first view as plain HTML: the app's own markup and stylesheet after it rendered, scripts removed. */
async function writeStaticFloor(page: Page, file: string) {
  const html = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true) as HTMLElement;
    for (const element of root.querySelectorAll('script, link[rel="modulepreload"]')) element.remove();
    return `<!doctype html>\n${root.outerHTML}`;
  });
  writeFileSync(file, html);
}

function serve(root: string): Promise<{ origin: string; close: () => void }> {
  const server = httpServer.createServer({ root, cache: -1, showDir: "false" });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

const fmt = (values: Samples, digits = 0) =>
  values.length === 0
    ? "–"
    : `${median(values).toFixed(digits)} / ${percentile(values, 0.95).toFixed(digits)}`;

export async function main(args: readonly string[] = []) {
  const showSamples = args.includes("--samples");
  const only = args
    .find((arg) => !arg.startsWith("--"))
    ?.split(",")
    .map(Number);
  const plans = only ? PLANS.filter((plan) => only.includes(plan.size)) : PLANS;
  const root = mkdtempSync(join(tmpdir(), "alerts-bench-"));
  // Each catalog is deployed as a team would: the built site with its catalog.json replaced (so it
  // is preloaded like the real one), each size in a folder of its own.
  const app = join(root, "app");
  const copyDist = (to: string) =>
    cpSync("dist", to, { recursive: true, filter: (source) => !source.startsWith(join("dist", "bench")) });
  copyDist(app);
  const sizes = plans.map((plan) => plan.size).filter((size) => size !== 40);
  const started = performance.now();
  for (const { size, json } of syntheticCatalogJson(sizes)) {
    copyDist(join(root, `app-${size}`));
    writeFileSync(join(root, `app-${size}`, "catalog.json"), json);
  }
  console.log(
    `generated ${sizes.join(", ")}-alert catalogs in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const server = await serve(root);
  const launch = () => chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  let browser = await launch();
  const version = browser.version();
  const load = loadavg()[0]?.toFixed(2);
  const results: Result[] = [];
  const floor: Samples = [];
  try {
    for (const plan of plans) {
      const url = `${server.origin}/${plan.size === 40 ? "app" : `app-${plan.size}`}/?lang=en`;
      const result: Result = {
        size: plan.size,
        firstRow: [],
        complete: [],
        keystroke: [],
        facet: [],
        sort: [],
        detail: [],
        heapMb: [],
      };
      const run = async (index: number) => {
        const { context, page, firstRow, complete } = await open(browser, url);
        await pause(300);
        const heap = await heapMb(page);
        let still: number | null = null;
        if (plan.size === 40) {
          // The floor, measured in the same run: the same page as static HTML, loads interleaved.
          if (index === 0) await writeStaticFloor(page, join(app, "static-40.html"));
          const staticPage = await open(browser, `${server.origin}/app/static-40.html`);
          still = staticPage.firstRow;
          await staticPage.context.close();
        }
        // Kept aside until the run is through, so a run done again adds no sample twice.
        const acted = {
          keystroke: [] as Samples,
          facet: [] as Samples,
          sort: [] as Samples,
          detail: [] as Samples,
        };
        if (index >= plan.loads - plan.interactiveLoads) {
          acted.keystroke = await typing(page, plan.words);
          acted.facet = await facets(page, plan.rounds);
          acted.sort = await sorting(page, plan.rounds);
          acted.detail = await details(page, 8);
        }
        await context.close();
        for (const [name, samples] of Object.entries(acted))
          result[name as keyof typeof acted].push(...samples);
        result.firstRow.push(firstRow);
        result.complete.push(complete);
        result.heapMb.push(heap);
        if (still !== null) floor.push(still);
      };
      for (let index = 0; index < plan.loads; index++) {
        // On a shared machine something may kill every Chromium; start another and redo the run.
        for (let attempt = 1; ; attempt++) {
          try {
            await run(index);
            break;
          } catch (error) {
            if (browser.isConnected() || attempt === 3) throw error;
            console.log(`  (the browser went away during a run; starting another, attempt ${attempt + 1})`);
            browser = await launch();
          }
        }
      }
      results.push(result);
      console.log(`  ${plan.size} alerts: done`);
      if (showSamples)
        for (const [name, values] of Object.entries(result))
          if (Array.isArray(values)) console.log(`    ${name}: ${values.map((v) => v.toFixed(0)).join(" ")}`);
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
  report(results, floor, { chromium: version, load, loadAfter: loadavg()[0]?.toFixed(2) });
}

function report(
  results: Result[],
  floor: Samples,
  machine: { chromium: string; load?: string; loadAfter?: string },
) {
  const cores = cpus().length;
  console.log(
    `\nHeadless Chromium ${machine.chromium}, ${cores} cores, viewport ${VIEWPORT.width}×${VIEWPORT.height}, ` +
      `load average ${machine.load} before, ${machine.loadAfter} after. Times in ms, median / p95.`,
  );
  const head = [
    "alerts",
    "first row",
    "all in",
    "keystroke",
    "facet",
    "sort",
    "detail",
    "heap MB",
    "samples (loads/keys/facets/sorts/details)",
  ];
  const rows = results.map((r) => [
    r.size.toLocaleString("en-US"),
    fmt(r.firstRow),
    fmt(r.complete),
    fmt(r.keystroke),
    fmt(r.facet),
    fmt(r.sort),
    fmt(r.detail),
    median(r.heapMb).toFixed(1),
    [r.firstRow, r.keystroke, r.facet, r.sort, r.detail].map((s) => s.length).join("/"),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] as number)).join(" | ")} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
  const app40 = results.find((r) => r.size === 40);
  if (app40 && floor.length > 0) {
    const ratio = median(app40.firstRow) / median(floor);
    console.log(
      `\nStatic HTML floor (the 40-alert first view, same markup and styles, no JavaScript): first row ` +
        `${fmt(floor)} ms over ${floor.length} loads. The app's first row at 40 alerts is ${ratio.toFixed(2)}× that (medians).`,
    );
  }
}
