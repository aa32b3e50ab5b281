import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import httpServer from "http-server";
import { CHROMIUM_ARGS, findChromium } from "../e2e/support/find-chromium.ts";
import { PAINT_PROBE } from "./bench-probe.ts";
import { syntheticCatalogJson } from "./synthetic-catalog.ts";

/**
 * `npm run bench`: the built app (dist/) in headless Chromium, from a plain static server on this
 * machine, for the real catalog and synthetic ones. Each catalog is deployed as a team would: a
 * copy of dist/ with its catalog.json replaced. Every figure is taken in the page, from the event's
 * own timestamp to the first frame that shows its result (see bench-probe.ts); the table gives
 * the median and p95 (nearest rank) and each size's floors with a pass/over mark. It prints; it
 * asserts no timing. The largest size is only checked: it loads, and scrolls to its last row.
 */

const SYNTHETIC_TIMED = [2_000, 10_000];
const CHECKED = 50_000;
/** Fresh loads per timed size; on the last INTERACTIVE of them, the searches, facets, sorts and details. */
const LOADS = 7;
const INTERACTIVE = 2;
/** Times through the facet and sort sequences per interactive load: a p95 needs a few dozen samples. */
const ROUNDS = 3;
const WORDS = ["suspicious process", "web shell", "certutil"];
/** Roughly a fast typist: the next key goes down this long after the previous one. */
const KEY_INTERVAL_MS = 120;
const VIEWPORT = { width: 1440, height: 900 };

const FIGURES = [
  "firstRow",
  "allIn",
  "keystroke",
  "keyResults",
  "facet",
  "facetResults",
  "sort",
  "sortResults",
  /** Which animation frame after the click first showed the header's new order (1: the next). */
  "sortFrame",
  "detail",
  "heapMb",
] as const;
type Figure = (typeof FIGURES)[number];
type Samples = number[];
type Result = { size: number } & Record<Figure, Samples>;

/** What each size should stay within, in ms. */
interface Floor {
  figure: Figure;
  stat: "median" | "p95";
  max: number;
}
const interactions = (max: number): Floor[] =>
  (["keystroke", "facet", "sort"] as const).map((figure) => ({ figure, stat: "p95", max }));
const FLOORS: Record<number, Floor[]> = {
  2000: interactions(16),
  10000: [...interactions(100), { figure: "firstRow", stat: "median", max: 1_500 }],
};

const percentile = (values: Samples, p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
};
const STATS = { median: (v: Samples) => percentile(v, 0.5), p95: (v: Samples) => percentile(v, 0.95) };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type ProbeKey = "firstRow" | "allIn" | "result";
declare global {
  interface Window {
    __bench: {
      settled: (key: ProbeKey) => Promise<number>;
      arm: (type: string, condition: "next" | "pane" | "sorted", column?: string) => void;
      resultTimes: number[];
      frames: number[];
    };
  }
}

/** A probe figure once the page has it: one evaluation awaiting it, no polling. */
async function settled(page: Page, key: ProbeKey, timeout: number) {
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

/** A fresh visitor: new profile (empty cache), no service worker, the paint probe installed. */
async function open(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: "block", locale: "en-US" });
  await context.addInitScript(PAINT_PROBE);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit" });
  const allIn = await settled(page, "allIn", 120_000);
  const firstRow = await settled(page, "firstRow", 1_000);
  return { context, page, firstRow, allIn };
}

async function heapMb(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize / 1e6;
}

/** Arms the probe for the next `type` event, acts, and returns event → painted result in ms. */
async function timed(
  page: Page,
  type: "keydown" | "click",
  condition: "next" | "pane" | "sorted",
  act: () => Promise<unknown>,
  column?: string,
) {
  await page.evaluate(([t, c, col]) => window.__bench.arm(t, c, col), [type, condition, column] as const);
  await act();
  return settled(page, "result", 60_000);
}

async function typing(page: Page) {
  const samples: Samples = [];
  await page.locator("#alert-search").click();
  // The click is an input too: the first key follows it as the next key follows a key.
  await pause(KEY_INTERVAL_MS);
  for (const word of WORDS) {
    for (const key of [...word, "Backspace", "Backspace", ...word.slice(-2)]) {
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
  return { samples, results: await resultTimes(page) };
}

/** Event to results painted, for each event timed since the last call whose results came before the next event. */
const resultTimes = (page: Page) => page.evaluate(() => window.__bench.resultTimes.splice(0));

/** For each event timed since the last call, which frame after it first met its condition. */
const framesSince = (page: Page) => page.evaluate(() => window.__bench.frames.splice(0));

async function facets(page: Page) {
  const boxes = [
    ["severity", "High"],
    ["platform", "Linux"],
    ["tactic", "Execution"],
    ["severity", "Medium"],
  ];
  const samples: Samples = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [facet, value] of [...boxes, ...boxes.toReversed()]) {
      const box = page.locator(`fieldset[data-facet="${facet}"] input[data-value="${value}"]`);
      await box.scrollIntoViewIfNeeded();
      samples.push(await timed(page, "click", "next", () => box.click()));
      await pause(50);
    }
  }
  return { samples, results: await resultTimes(page) };
}

/** `until`: "sorted" waits for the header's new order; the static floor, which cannot sort, for any frame. */
async function sorting(page: Page, until: "sorted" | "next" = "sorted") {
  const samples: Samples = [];
  await framesSince(page); // the keys' and the facets'
  for (let round = 0; round < ROUNDS; round++) {
    for (const column of ["title", "tactics", "platforms", "severity"]) {
      const header = page.locator(`th[data-column="${column}"] button`);
      for (let click = 0; click < 2; click++) {
        samples.push(await timed(page, "click", until, () => header.click(), column));
        await pause(50);
      }
    }
  }
  return { samples, results: await resultTimes(page), frames: await framesSince(page) };
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

/** One fresh load: its load figures and heap, and on an interactive load the interactions. */
async function timedLoad(browser: Browser, url: string, interactive: boolean) {
  const { context, page, firstRow, allIn } = await open(browser, url);
  try {
    await pause(300);
    const sample: Partial<Record<Figure, Samples>> = {
      firstRow: [firstRow],
      allIn: [allIn],
      heapMb: [await heapMb(page)],
    };
    if (interactive) {
      const typed = await typing(page);
      const ticked = await facets(page);
      [sample.keystroke, sample.keyResults] = [typed.samples, typed.results];
      [sample.facet, sample.facetResults] = [ticked.samples, ticked.results];
      const sorted = await sorting(page);
      [sample.sort, sample.sortResults, sample.sortFrame] = [sorted.samples, sorted.results, sorted.frames];
      sample.detail = await details(page, 8);
    }
    return sample;
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * A load of the static floor: its first row, and on an interactive load the same keys, clicks on
 * filter boxes and on column headers, which only the browser answers (an input's text, a box's
 * tick, a button's focus): what an event to the next frame costs here with no app at all.
 */
async function staticLoad(browser: Browser, url: string, interactive: boolean) {
  const { context, page, firstRow } = await open(browser, url);
  try {
    await pause(300);
    const sample: Partial<Record<Figure, Samples>> = { firstRow: [firstRow] };
    if (interactive) {
      sample.keystroke = (await typing(page)).samples;
      sample.facet = (await facets(page)).samples;
      sample.sort = (await sorting(page, "next")).samples;
    }
    return sample;
  } finally {
    await context.close().catch(() => {});
  }
}

/** The first view as plain HTML: the app's own markup and stylesheet once it rendered, scripts removed. */
async function writeStaticFloor(browser: Browser, url: string, file: string) {
  const { context, page } = await open(browser, url);
  const html = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true) as HTMLElement;
    for (const element of root.querySelectorAll('script, link[rel="modulepreload"], template'))
      element.remove();
    return `<!doctype html>\n${root.outerHTML}`;
  });
  await context.close();
  writeFileSync(file, html);
}

/**
 * Loads the catalog, then scrolls the table's end into view frame after frame (the page or
 * whichever element scrolls it) until an alert row is drawn in view with nothing of the table
 * below it: the last row. Returns its ID, or throws.
 */
async function scrollToLastRow(page: Page) {
  const last = await page.waitForFunction(
    () => {
      const body = document.querySelector("tbody");
      const rows = body?.querySelectorAll("tr[data-alert-id]");
      const row = rows?.[rows.length - 1];
      if (!body || !row) return false;
      const end = body.getBoundingClientRect();
      const box = row.getBoundingClientRect();
      if (end.bottom - box.bottom <= 2 && box.bottom > 0 && box.top < innerHeight) {
        const rowIndex = row.getAttribute("aria-rowindex");
        const rowCount = body.closest("table")?.getAttribute("aria-rowcount");
        return `${row.getAttribute("data-alert-id")}${rowIndex ? ` (aria-rowindex ${rowIndex} of ${rowCount})` : ""}`;
      }
      body.scrollIntoView({ block: "end" });
      return false;
    },
    undefined,
    { polling: "raf", timeout: 30_000 },
  );
  return (await last.jsonValue()) as string;
}

/** The largest catalog, untimed but for its load: it loads, and scrolls to its last row. */
async function checkLoadAndScroll(browser: Browser, url: string) {
  const { context, page, firstRow, allIn } = await open(browser, url);
  try {
    const last = await scrollToLastRow(page).catch((error) => {
      if (!browser.isConnected()) throw error;
      return null;
    });
    const loaded = `loaded, first row ${firstRow.toFixed(0)} ms, all in ${allIn.toFixed(0)} ms`;
    if (last) return `${loaded}; scrolled to the bottom, the last row is drawn: ${last}.`;
    process.exitCode = 1;
    return `${loaded}; FAILED: scrolled to the bottom, the last row is not drawn.`;
  } finally {
    await context.close().catch(() => {});
  }
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

export async function main(args: readonly string[] = []) {
  const showSamples = args.includes("--samples");
  const real = (JSON.parse(readFileSync("dist/catalog.json", "utf8")) as { alerts: unknown[] }).alerts.length;
  const sizes = args
    .find((arg) => !arg.startsWith("--"))
    ?.split(",")
    .map(Number) ?? [real, ...SYNTHETIC_TIMED, CHECKED];

  // Each size in a folder of its own: the built site, its catalog.json replaced by a synthetic one.
  const root = mkdtempSync(join(tmpdir(), "alerts-bench-"));
  const started = performance.now();
  const synthetic = sizes.filter((size) => size !== real);
  for (const size of sizes) cpSync("dist", join(root, String(size)), { recursive: true });
  for (const { size, json } of syntheticCatalogJson(synthetic))
    writeFileSync(join(root, String(size), "catalog.json"), json);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (synthetic.length > 0) console.log(`generated ${synthetic.join(", ")}-alert catalogs in ${seconds} s`);

  const server = await serve(root);
  const url = (size: number, page = "?lang=en") => `${server.origin}/${size}/${page}`;
  const launch = () => chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  let browser = await launch();
  /** On a shared machine something may kill every Chromium: start another and do the work again. */
  const attempt = async <T>(work: (browser: Browser) => Promise<T>): Promise<T> => {
    for (let tries = 1; ; tries++) {
      try {
        return await work(browser);
      } catch (error) {
        if (browser.isConnected() || tries === 3) throw error;
        console.log("  (the browser went away; starting another and doing that load again)");
        browser = await launch();
      }
    }
  };
  const machine = { chromium: browser.version(), loadBefore: loadavg()[0] ?? 0 };
  const results: Result[] = [];
  const floor = Object.fromEntries([["size", 0], ...FIGURES.map((f) => [f, []])]) as Result;
  let check = "";
  try {
    for (const size of sizes) {
      if (size === CHECKED) {
        check = await attempt((b) => checkLoadAndScroll(b, url(size)));
        console.log(`  ${size} alerts: checked`);
        continue;
      }
      const result = Object.fromEntries([["size", size], ...FIGURES.map((f) => [f, []])]) as Result;
      // The floor, measured in the same run: the real first view as static HTML, loads interleaved.
      const floorPage = size === real ? "static.html" : null;
      if (floorPage)
        await attempt((b) => writeStaticFloor(b, url(size), join(root, String(size), floorPage)));
      for (let index = 0; index < LOADS; index++) {
        const interactive = index >= LOADS - INTERACTIVE;
        const sample = await attempt((b) => timedLoad(b, url(size), interactive));
        for (const figure of FIGURES) result[figure].push(...(sample[figure] ?? []));
        if (!floorPage) continue;
        const still = await attempt((b) => staticLoad(b, url(size, floorPage), interactive));
        for (const figure of FIGURES) floor[figure].push(...(still[figure] ?? []));
      }
      results.push(result);
      console.log(`  ${size} alerts: done`);
      if (showSamples)
        for (const figure of FIGURES)
          console.log(`    ${figure}: ${result[figure].map((v) => v.toFixed(0)).join(" ")}`);
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
  report(results, floor, real, check, { ...machine, loadAfter: loadavg()[0] ?? 0 });
}

const ms = (values: Samples) => `${STATS.median(values).toFixed(0)} / ${STATS.p95(values).toFixed(0)}`;

/** "median / p95", and the size's floor on that figure with its mark, if it has one. */
function cell(result: Result, figure: Figure) {
  const values = result[figure];
  if (values.length === 0) return "–";
  const floor = FLOORS[result.size]?.find((f) => f.figure === figure);
  if (!floor) return ms(values);
  const mark = STATS[floor.stat](values) <= floor.max ? "pass" : "OVER";
  return `${ms(values)} (${floor.stat} ≤ ${floor.max}: ${mark})`;
}

function report(
  results: Result[],
  floor: Result,
  real: number,
  check: string,
  machine: { chromium: string; loadBefore: number; loadAfter: number },
) {
  console.log(
    `\nHeadless Chromium ${machine.chromium}, ${cpus().length} cores, viewport ${VIEWPORT.width}×${VIEWPORT.height}, ` +
      `load average ${machine.loadBefore.toFixed(2)} before, ${machine.loadAfter.toFixed(2)} after. ` +
      "Times in ms, median / p95; a floor's mark says whether that statistic is within it.",
  );
  // The static floor's row last: what the same measures give with no app, in this run.
  const shown = floor.firstRow.length > 0 ? [...results, floor] : results;
  if (shown.length > 0) {
    const timed: Figure[] = ["firstRow", "allIn", "keystroke", "keyResults", "facet", "facetResults"];
    timed.push("sort", "sortResults", "detail");
    const head = ["alerts", "first row", "all in", "keystroke", "→ results", "facet", "→ results", "sort"];
    head.push(
      "→ results",
      "detail",
      "heap MB",
      "samples: loads, keys/results/facets/results/sorts/results/details",
    );
    const rows = shown.map((r) => [
      r === floor ? `static ${real}` : r.size.toLocaleString("en-US"),
      ...timed.map((f) => cell(r, f)),
      r.heapMb.length > 0 ? STATS.median(r.heapMb).toFixed(1) : "–",
      `${r.firstRow.length}, ${[r.keystroke, r.keyResults, r.facet, r.facetResults, r.sort, r.sortResults, r.detail].map((s) => s.length).join("/")}`,
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(" | ")} |`;
    console.log(line(head));
    console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
    for (const row of rows) console.log(line(row));
  }
  const firsts = results.filter((r) => r.sortFrame.length > 0);
  if (firsts.length > 0) {
    const counts = firsts.map((r) => {
      const first = r.sortFrame.filter((frame) => frame === 1).length;
      return `${first} of ${r.sortFrame.length} at ${r.size.toLocaleString("en-US")} alerts`;
    });
    console.log(
      `\nA sorted header's new order was drawn in the first frame after its click: ${counts.join(", ")}.`,
    );
  }
  const app = results.find((r) => r.size === real);
  if (app && floor.firstRow.length > 0) {
    const ratio = STATS.median(app.firstRow) / STATS.median(floor.firstRow);
    console.log(
      `\n"static ${real}": the ${real}-alert first view as static HTML (the app's markup and styles, no ` +
        "JavaScript), loads interleaved with the app's. Its keys and clicks are answered by the browser " +
        `alone: the least any page pays from an event to its next frame here. The app's first row is ` +
        `${ratio.toFixed(2)}× the static one (medians).`,
    );
  }
  if (check) console.log(`\n${CHECKED.toLocaleString("en-US")} alerts: ${check}`);
}
