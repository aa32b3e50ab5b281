import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without types
import { measure } from "./size.mjs";

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

/** Text that gzip cannot shrink much, so sizes differ as lengths do. */
const noise = (length: number, seed: number) =>
  Array.from({ length }, (_, i) => String.fromCharCode(33 + ((i * 7919 + seed * 104729) % 89))).join("");

const names = (rows: { file: string }[]) => rows.map((row) => row.file).sort();

describe("the first view's size", () => {
  const html =
    '<script type="module" src="./assets/index-a.js"></script><link rel="stylesheet" href="./assets/index-a.css"><link rel="icon" href="./favicon.svg">';

  it("counts the page, its script and what that imports statically, its styles and the heaviest locale", () => {
    const { first, lazy, other } = measure(
      site({
        "index.html": html,
        "assets/index-a.js": 'import{x}from"./shared-b.js";const l=()=>import("./pane-c.js");',
        "assets/shared-b.js": "export const x=1;",
        "assets/pane-c.js": 'import{x}from"./shared-b.js";',
        "assets/index-a.css": "body{}",
        "assets/locale-fr-f1.js": `var e={a:\`${noise(900, 1)}\`};export{e as default};`,
        "assets/locale-en-e1.js": `var e={a:\`${noise(600, 2)}\`};export{e as default};`,
        "catalog.json": "{}",
        "favicon.svg": "<svg/>",
        "sw.js": "",
      }),
    );
    expect(names(first)).toEqual([
      "assets/index-a.css",
      "assets/index-a.js",
      "assets/locale-fr-f1.js",
      "assets/shared-b.js",
      "catalog.json",
      "favicon.svg",
      "index.html",
    ]);
    expect(names(lazy)).toEqual(["assets/locale-en-e1.js", "assets/pane-c.js"]);
    expect(names(other)).toEqual(["sw.js"]);
  });

  it("counts whichever locale is heaviest", () => {
    const { first } = measure(
      site({
        "index.html": html,
        "assets/index-a.js": "",
        "assets/locale-fr-f1.js": noise(300, 3),
        "assets/locale-en-e1.js": noise(700, 4),
        "catalog.json": "{}",
      }),
    );
    expect(names(first).filter((file: string) => file.includes("locale"))).toEqual([
      "assets/locale-en-e1.js",
    ]);
  });

  it("needs no locale chunk (a build with its strings in the entry script)", () => {
    const { first } = measure(site({ "index.html": html, "assets/index-a.js": "", "catalog.json": "{}" }));
    expect(names(first)).toEqual(["assets/index-a.js", "catalog.json", "index.html"]);
  });
});
