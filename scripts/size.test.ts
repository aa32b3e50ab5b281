import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without types
import { BUDGET_GZIP_KB, measure, verdict } from "./size.mjs";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A built site in a temporary directory: file name → content. */
function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), "size-"));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

/** Text gzip cannot shrink below about three quarters of its length (random bytes in base64). */
const incompressible = (length: number) => randomBytes(length).toString("base64").slice(0, length);

const names = (rows: { file: string }[]) => rows.map((row) => row.file).sort();

const html = [
  '<link rel="icon" href="./favicon.svg"><link rel="manifest" href="./manifest.webmanifest">',
  '<script type="module" crossorigin src="./assets/index-a.js"></script>',
  '<link rel="modulepreload" crossorigin href="./assets/vendor-d.js">',
  '<link rel="stylesheet" crossorigin href="./assets/index-a.css">',
].join("");

describe("the first view's size", () => {
  it("counts the page, its scripts and what they import statically, its styles and the catalog", () => {
    const { first, lazy, other } = measure(
      site({
        "index.html": html,
        "assets/index-a.js":
          'import{x}from"./shared-b.js";import"./vendor-d.js";const l=()=>import("./pane-c.js");',
        "assets/shared-b.js": "export const x=1;",
        "assets/vendor-d.js": 'import"./react-e.js";',
        "assets/react-e.js": "",
        "assets/pane-c.js": 'import{x}from"./shared-b.js";',
        "assets/pane-c.css": "p{}",
        "assets/index-a.css": "body{}",
        "assets/index-a.js.map": "{}",
        "catalog.json": "{}",
        "favicon.svg": "<svg/>",
        "icon-192.png": "png",
        "manifest.webmanifest": "{}",
        "sw.js": "",
      }),
    );
    expect(names(first)).toEqual([
      "assets/index-a.css",
      "assets/index-a.js",
      "assets/react-e.js",
      "assets/shared-b.js",
      "assets/vendor-d.js",
      "catalog.json",
      "index.html",
    ]);
    expect(names(lazy)).toEqual(["assets/pane-c.css", "assets/pane-c.js"]);
    expect(names(other)).toEqual(["favicon.svg", "icon-192.png", "manifest.webmanifest", "sw.js"]);
  });

  it("reads root-relative paths as the site's own", () => {
    const { first } = measure(
      site({
        "index.html": '<script type="module" src="/assets/i.js"></script>',
        "assets/i.js": "",
        "catalog.json": "{}",
      }),
    );
    expect(names(first)).toEqual(["assets/i.js", "catalog.json", "index.html"]);
  });

  it("refuses a site whose first view names a file that is not there", () => {
    expect(() => measure(site({ "index.html": html, "assets/index-a.js": "" }))).toThrow(/missing/);
  });

  it(`fails over ${BUDGET_GZIP_KB} kB gzip, counting the catalog and not the lazy chunks or the page`, () => {
    const files = (entry: number, catalog: number, lazy: number) => ({
      "index.html": `<script type="module" src="./assets/index-a.js"></script>${incompressible(100_000)}`,
      "assets/index-a.js": `const l=()=>import("./pane-c.js");"${incompressible(entry)}"`,
      "assets/pane-c.js": `"${incompressible(lazy)}"`,
      "catalog.json": `"${incompressible(catalog)}"`,
    });
    const small = verdict(measure(site(files(100_000, 20_000, 100_000))).first);
    expect(small.within).toBe(true);
    expect(small.kB).toBeGreaterThan(85);
    rmSync(dir, { recursive: true, force: true });
    const big = verdict(measure(site(files(100_000, 100_000, 0))).first);
    expect(big.within).toBe(false);
    expect(big.kB).toBeGreaterThan(BUDGET_GZIP_KB);
  }, 30_000); // brotli at quality 11 over incompressible text takes seconds on a busy machine
});
