// `npm run bench:lighthouse`: first paint of the built site, side by side with a floor — a plain
// static HTML page of the same alerts with the site's stylesheet and no JavaScript. It builds the
// site, serves it under /alerts/ from a gzipping static server (scripts/gzip-server.mjs) over
// HTTPS and HTTP/2 as hosts serve it (--http1: plain HTTP/1.1, where each request made in parallel
// opens a connection of its own), and runs Lighthouse's default mobile preset (simulated slow 4G,
// 4× CPU slowdown; performance only) on each page, interleaved, then prints medians (min–max) and
// each page's FCP and LCP over the floor's. A benchmark: it prints, it asserts nothing about timings.
//   node scripts/bench-lighthouse.mjs [--runs 3] [--http1]
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { build } from "vite";
import CHROMIUM_ARGS from "../e2e/support/chromium-args.json" with { type: "json" };
import { serveGzip } from "./gzip-server.mjs";

const runsAt = process.argv.indexOf("--runs");
const RUNS = runsAt > 0 ? Math.max(1, Number(process.argv[runsAt + 1]) || 1) : 3;
const HTTP1 = process.argv.includes("--http1");
const PROTOCOL = HTTP1 ? "HTTP/1.1" : "HTTP/2 over TLS";
const MOUNT = "/alerts/";
const FLOOR = "Floor (static HTML)";
const PAGES = [
  // Lighthouse's browser prefers English: without ?lang=fr the root page is drawn in English by the app.
  { name: "French", path: "?lang=fr" },
  { name: "English", path: "en/" },
  { name: "Filtered link", path: "?lang=en&severity=High&q=certutil" },
  { name: FLOOR, path: "floor/" },
];
const LANGUAGE_PAGES = ["French", "English"];
// The server's certificate is self-signed, made for the run.
const CHROME_FLAGS = ["--headless=new", ...(HTTP1 ? [] : ["--ignore-certificate-errors"]), ...CHROMIUM_ARGS];
const CHROME_PATH =
  process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const AUDITS = {
  FCP: "first-contentful-paint",
  LCP: "largest-contentful-paint",
  TBT: "total-blocking-time",
  "Speed Index": "speed-index",
};

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");

const html = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** The same alerts as the site's first view, in French, as the least a page could do: HTML and CSS. */
function floorHtml() {
  const catalog = JSON.parse(readFileSync(join(dist, "catalog.json"), "utf8"));
  const fr = JSON.parse(readFileSync(join(root, "src/i18n/locales/fr.json"), "utf8"));
  const css = readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".css"));
  const cells = (...values) => values.map((v) => `<td>${html(v)}</td>`).join("");
  const rows = catalog.alerts.map((a) =>
    [
      "<tr>",
      cells(fr.severity[a.severity], a.title.fr, a.id),
      cells(a.tactics.map((t) => fr.tactic[t]).join(", "), a.platforms.join(", ") || fr.platform.none),
      cells(a.description.fr),
      "</tr>",
    ].join(""),
  );
  const c = fr.columns;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>${html(catalog.page.title.fr)}</title>
${css.map((f) => `<link rel="stylesheet" href="../assets/${f}">`).join("\n")}
</head>
<body>
<h1>${html(fr.app.name)}</h1>
<table>
<caption>${html(fr.results.caption)}</caption>
<thead><tr>${[c.severity, c.title, c.id, c.tactics, c.platforms, fr.detail.description]
    .map((h) => `<th scope="col">${html(h)}</th>`)
    .join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</body>
</html>
`;
}

/** One cold Lighthouse run in a fresh Chrome (new profile, empty cache): the figures, or the error. */
async function measure(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  try {
    // The full version: the user agent says only 156.0.0.0.
    const { Browser: chromium } = await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json();
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ["performance"],
      logLevel: "error",
    });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) return { error: lhr?.runtimeError?.code ?? "no result" };
    const figures = Object.fromEntries(
      Object.entries(AUDITS).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? Number.NaN]),
    );
    return {
      figures: { ...figures, Score: lhr.categories.performance.score ?? Number.NaN },
      chromium,
      lighthouse: lhr.lighthouseVersion,
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    chrome.kill();
  }
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (v) => Math.round(v).toLocaleString("en-US");
const show = (name, v) => (name === "Score" ? v.toFixed(2) : ms(v));
const spread = (name, values) =>
  values.length > 1
    ? `${show(name, median(values))} (${show(name, Math.min(...values))}–${show(name, Math.max(...values))})`
    : show(name, values[0]);
const load = () => loadavg().map((v) => Number(v.toFixed(2)));

async function main() {
  console.log("vite build …");
  await build({ root, logLevel: "warn" });

  // A copy of dist/ under the sub-path, with the floor beside the site: dist/ itself stays as built.
  const site = mkdtempSync(join(tmpdir(), "alerts-lighthouse-"));
  cpSync(dist, join(site, MOUNT), { recursive: true });
  mkdirSync(join(site, MOUNT, "floor"));
  writeFileSync(join(site, MOUNT, "floor/index.html"), floorHtml());
  const server = await serveGzip(site, 0, { tls: !HTTP1 });

  try {
    const pages = [];
    for (const page of PAGES) {
      const url = `${server.url}${MOUNT}${page.path}`;
      const missing = !existsSync(join(site, MOUNT, page.path.split("?")[0] ?? "", "index.html"));
      pages.push({ ...page, url, missing, samples: [], errors: [] });
    }
    const loadBefore = load();
    let about;
    const benchmarkIndexes = [];
    for (let run = 1; run <= RUNS; run++) {
      for (const page of pages.filter((p) => !p.missing)) {
        const result = await measure(page.url);
        if (result.error) {
          page.errors.push(result.error);
        } else {
          page.samples.push(result.figures);
          benchmarkIndexes.push(result.benchmarkIndex);
          about ??= result;
        }
        console.log(
          `  run ${run}/${RUNS} ${page.name}: ${result.error ?? `FCP ${ms(result.figures.FCP)} ms`}`,
        );
      }
    }
    report(pages, { ...about, benchmarkIndex: median(benchmarkIndexes), loadBefore, loadAfter: load() });
  } finally {
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
}

function report(pages, about) {
  const names = [...Object.keys(AUDITS), "Score"];
  const of = (page, name) => page.samples.map((s) => s[name]);
  const floor = pages.find((p) => p.name === FLOOR);
  const ratio = (page, name) => median(of(page, name)) / median(of(floor, name));
  const x = (v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : "–");

  const head = ["Page", ...names.map((n) => (n === "Score" ? n : `${n} ms`)), "FCP ÷ floor", "LCP ÷ floor"];
  const rows = pages.map((p) => {
    if (p.missing) return [p.name, "missing (404)", ...head.slice(2).map(() => "")];
    if (!p.samples.length) return [p.name, `failed (${p.errors.join(", ")})`, ...head.slice(2).map(() => "")];
    return [p.name, ...names.map((n) => spread(n, of(p, n))), x(ratio(p, "FCP")), x(ratio(p, "LCP"))];
  });
  console.log(
    `\n${RUNS} run(s) per page, interleaved; median (min–max). Lighthouse mobile preset (simulated), ` +
      `served over ${PROTOCOL}.\n`,
  );
  console.log(`| ${head.join(" | ")} |`);
  console.log(`|${head.map((_, i) => (i ? " ---: " : " --- ")).join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);

  console.log("\nGoal: FCP and LCP ≤ 1.2× the floor, TBT ≤ 50 ms, score 1.00 on both language pages");
  const mark = (ok) => (ok ? "pass" : "OVER");
  for (const page of pages.filter((p) => LANGUAGE_PAGES.includes(p.name))) {
    if (page.missing || !page.samples.length) {
      console.log(`- ${page.name}: ${page.missing ? "missing" : "failed"}`);
      continue;
    }
    const fcp = ratio(page, "FCP");
    const lcp = ratio(page, "LCP");
    const tbt = median(of(page, "TBT"));
    const score = median(of(page, "Score"));
    console.log(
      `- ${page.name}: FCP ${x(fcp)} ${mark(fcp <= 1.2)} · LCP ${x(lcp)} ${mark(lcp <= 1.2)} · ` +
        `TBT ${ms(tbt)} ms ${mark(tbt <= 50)} · score ${score.toFixed(2)} ${mark(score >= 1)}`,
    );
  }
  console.log(
    `\nChromium ${about.chromium?.replace(/^.*\//, "") ?? "?"} · Lighthouse ${about.lighthouse ?? "?"} · ` +
      `benchmarkIndex ${Math.round(about.benchmarkIndex)} (median) · load average (1, 5, 15 min) ` +
      `before ${about.loadBefore.join(" ")}, after ${about.loadAfter.join(" ")}`,
  );
  if (Math.max(about.loadBefore[0], about.loadAfter[0]) > cpus().length) {
    console.log("The load average was above the core count: TBT and the score run high on a busy machine.");
  }
}

await main();
