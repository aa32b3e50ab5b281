// The weight of the first view: what a first visit downloads before the table shows — the page,
// the scripts it names (its entry script, module preloads) and the chunks they import statically,
// its stylesheets, and catalog.json — gzip (level 9) and brotli compressed, against a gzip budget.
// The budget is on code, styles and the catalog: the page itself is the prerendered first view,
// content rather than machinery, and Lighthouse measures how fast it paints (npm run
// bench:lighthouse). Lazy chunks, the service worker, the icons and the install manifest are
// listed apart: the first view does not wait for them.
//   node scripts/size.mjs [dir=dist]        (after `npm run build`; exits 1 over budget)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** In kB of 1,000 bytes, as Vite prints them: React 19 and react-dom alone take about 66. */
export const BUDGET_GZIP_KB = 140;

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Scripts, stylesheets and module preloads the page names, as paths in the site. */
function linkedFromHtml(html) {
  const found = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^(data:|https?:|\/\/)/.test(url)) continue;
    if (tag.startsWith("<link") && !/\brel="(stylesheet|modulepreload)"/.test(tag)) continue;
    found.push(posix.normalize(url.replace(/^\.?\//, "")));
  }
  return found;
}

/** Chunks a script imports statically (`import … from "./x.js"`), not `import("./x.js")`. */
function staticImports(file, code) {
  const dir = posix.dirname(file);
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((m) => posix.join(dir, m[1]));
}

export function measure(dir = "dist") {
  const all = (sub) =>
    readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? all(posix.join(sub, entry.name)) : [posix.join(sub, entry.name)],
    );
  const files = all(".").map((file) => file.replace(/^\.\//, ""));
  const first = new Set(["index.html", ...linkedFromHtml(readFileSync(join(dir, "index.html"), "utf8"))]);
  first.add("catalog.json");
  const missing = [...first].filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0)
    throw new Error(`size: the first view needs ${missing.join(", ")}, missing from ${dir}`);
  const queue = [...first].filter((file) => file.endsWith(".js"));
  while (queue.length > 0) {
    const file = queue.pop();
    for (const imported of staticImports(file, readFileSync(join(dir, file), "utf8"))) {
      if (!first.has(imported)) {
        first.add(imported);
        queue.push(imported);
      }
    }
  }
  const row = (file) => sizes(join(dir, file), file);
  const rest = files.filter((file) => !first.has(file) && !file.endsWith(".map"));
  const lazy = (file) => /\.(js|css)$/.test(file) && file !== "sw.js";
  return {
    first: [...first].map(row),
    lazy: rest.filter(lazy).map(row),
    other: rest.filter((file) => !lazy(file)).map(row),
  };
}

/** The first view's code, styles and catalog (not its page), gzip, in kB, and whether they are within the budget. */
export function verdict(first) {
  const kB =
    sum(
      first.filter((row) => !row.file.endsWith(".html")),
      "gzip",
    ) / 1000;
  return { kB, within: kB <= BUDGET_GZIP_KB };
}

const kB = (bytes) => (bytes / 1000).toFixed(2).padStart(8);
const sum = (rows, key) => rows.reduce((total, row) => total + row[key], 0);
function print(title, rows) {
  console.log(`\n${title}`);
  console.log(
    `  ${"file".padEnd(44)}${"raw kB".padStart(9)}${"gzip kB".padStart(9)}${"brotli kB".padStart(11)}`,
  );
  for (const r of rows) console.log(`  ${r.file.padEnd(44)}${kB(r.raw)} ${kB(r.gzip)}   ${kB(r.brotli)}`);
  console.log(
    `  ${"total".padEnd(44)}${kB(sum(rows, "raw"))} ${kB(sum(rows, "gzip"))}   ${kB(sum(rows, "brotli"))}`,
  );
}

function sizes(path, file = path) {
  const bytes = readFileSync(path);
  return { file, raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? "dist";
  if (!existsSync(join(dir, "index.html"))) {
    console.error(`size: ${dir}/index.html is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
  const { first, lazy, other } = measure(dir);
  print("First view (counted against the budget)", first);
  print("Lazy chunks (loaded on first use)", lazy);
  print("Other files (service worker, icons, manifest, host configuration)", other);
  const single = "dist-single/index.html";
  if (existsSync(single) && statSync(single).isFile())
    print("Single-file build (for reference)", [sizes(single)]);
  const { kB: total, within } = verdict(first);
  console.log(
    `\nFirst view: ${total.toFixed(2)} kB gzip of code, styles and catalog, ${within ? "within" : "OVER"} the ${BUDGET_GZIP_KB} kB budget` +
      ` (and the prerendered page, ${(sum(first, "gzip") / 1000 - total).toFixed(2)} kB).`,
  );
  if (!within) process.exit(1);
}
