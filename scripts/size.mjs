// The size budget of the first view: every file a first visit downloads before the table shows
// (the page, its entry script and the chunks it imports statically, its styles, the UI strings of
// its language — the heaviest locale chunk is counted —, the catalog, the icon and the install
// manifest), gzip and brotli compressed, against a budget. Lazy chunks (the other language's
// strings among them), the service worker and the install icons are listed apart: the first view
// does not wait for them.
//   node scripts/size.mjs [dir=dist]        (after `npm run build`; exits 1 over budget)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/**
 * In kB of 1,000 bytes, as Vite prints them. React 19 and react-dom alone take about 66; i18next
 * and react-i18next, part of the stack we are asked to use, about 17; the catalog about 9. The
 * first view is about 1 kB under this budget: anything that grows it must pay its way.
 */
export const BUDGET_GZIP_KB = 130;

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Files the page names: scripts, stylesheets, module preloads, the icon and the manifest. */
function linkedFromHtml(html) {
  const found = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^(data:|https?:|\/\/)/.test(url)) continue;
    if (tag.startsWith("<link") && !/\brel="(stylesheet|modulepreload|icon|manifest)"/.test(tag)) continue;
    found.push(posix.normalize(url.replace(/^\.\//, "")));
  }
  return found;
}

/** Chunks a script imports statically (`import … from "./x.js"`), not `import("./x.js")`. */
function staticImports(file, code) {
  const dir = posix.dirname(file);
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((m) => posix.join(dir, m[1]));
}

/** A language's UI strings, a chunk of their own (see vite.config.ts): a first view loads one. */
const LOCALE_CHUNK = /^assets\/locale-[a-z]+-[\w-]+\.js$/;

export function measure(dir = "dist") {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const all = (sub) =>
    readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? all(posix.join(sub, entry.name)) : [posix.join(sub, entry.name)],
    );
  const files = all(".").map((file) => file.replace(/^\.\//, ""));
  const row = (file) => sizes(join(dir, file), file);
  // Which language a first view starts in depends on the visitor: count the heaviest locale.
  const [locale] = files
    .filter((file) => LOCALE_CHUNK.test(file))
    .map(row)
    .sort((a, b) => b.gzip - a.gzip);
  const first = new Set(["index.html", ...linkedFromHtml(html), "catalog.json"]);
  if (locale) first.add(locale.file);
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
  const rest = files.filter(
    (file) => !first.has(file) && !file.endsWith(".map") && !file.startsWith("bench/"),
  );
  return {
    first: [...first].filter((file) => existsSync(join(dir, file))).map(row),
    lazy: rest.filter((file) => /\.(js|css)$/.test(file) && file !== "sw.js").map(row),
    other: rest.filter((file) => !/\.(js|css)$/.test(file) || file === "sw.js").map(row),
  };
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
  print("First view (counted against the budget; of the locales, the heaviest)", first);
  print("Lazy chunks (loaded on first use; precached by the service worker)", lazy);
  print("Other files (service worker, install icons)", other);
  const single = "dist-single/index.html";
  if (existsSync(single) && statSync(single).isFile())
    print("Single-file build (for reference)", [sizes(single)]);
  const total = sum(first, "gzip") / 1000;
  const verdict = total <= BUDGET_GZIP_KB ? "within" : "OVER";
  console.log(`\nFirst view: ${total.toFixed(2)} kB gzip, ${verdict} the ${BUDGET_GZIP_KB} kB budget.`);
  if (total > BUDGET_GZIP_KB) process.exit(1);
}
