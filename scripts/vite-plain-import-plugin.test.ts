import type { Rollup } from "vite";
import { describe, expect, it } from "vitest";
import { PLAIN_IMPORT_HELPER, plainImportPlugin, plainImportProblem } from "./vite-plain-import-plugin";

/** A bundle of chunks, as far as the check reads them. */
function bundle(
  ...chunks: { fileName: string; isEntry?: boolean; css?: string[]; dynamicImports?: string[] }[]
): Rollup.OutputBundle {
  return Object.fromEntries(
    chunks.map(({ fileName, isEntry = false, css = [], dynamicImports = [] }) => [
      fileName,
      { type: "chunk", fileName, isEntry, dynamicImports, viteMetadata: { importedCss: new Set(css) } },
    ]),
  ) as unknown as Rollup.OutputBundle;
}

describe("the plain import() helper", () => {
  it("replaces Vite's preload helper by one that only calls the import", async () => {
    const load = plainImportPlugin().load as (id: string) => string | null;
    expect(load("\0vite/preload-helper.js")).toBe(PLAIN_IMPORT_HELPER);
    expect(load("/src/main.tsx")).toBeNull();
    const helper = `data:text/javascript,${encodeURIComponent(PLAIN_IMPORT_HELPER)}`;
    const { __vitePreload } = await import(/* @vite-ignore */ helper);
    await expect(__vitePreload(async () => "the chunk", [], "")).resolves.toBe("the chunk");
  });

  it("accepts a bundle whose only stylesheet is the entry's", () => {
    const site = bundle(
      {
        fileName: "assets/index.js",
        isEntry: true,
        css: ["assets/index.css"],
        dynamicImports: ["assets/pane.js"],
      },
      { fileName: "assets/pane.js" },
    );
    expect(plainImportProblem(site, true)).toBeNull();
  });

  it("fails the build when a lazily loaded chunk brings a stylesheet, which it would not add", () => {
    const site = bundle(
      { fileName: "assets/index.js", isEntry: true, dynamicImports: ["assets/pane.js"] },
      { fileName: "assets/pane.js", css: ["assets/pane.css"] },
    );
    expect(plainImportProblem(site, true)).toMatch(/assets\/pane\.js/);
  });

  it("fails the build when Vite's helper was never replaced (its module id changed)", () => {
    const site = bundle({ fileName: "assets/index.js", isEntry: true, dynamicImports: ["assets/pane.js"] });
    expect(plainImportProblem(site, false)).toMatch(/not replaced/);
    expect(plainImportProblem(bundle({ fileName: "assets/index.js", isEntry: true }), false)).toBeNull();
  });
});
