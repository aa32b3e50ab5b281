import type { Rollup } from "vite";
import { describe, expect, it } from "vitest";
import { staticImportsOf } from "./vite-entry-preload-plugin";

function bundle(...chunks: { fileName: string; imports?: string[] }[]): Rollup.OutputBundle {
  return Object.fromEntries(
    chunks.map(({ fileName, imports = [] }) => [fileName, { type: "chunk", fileName, imports }]),
  ) as unknown as Rollup.OutputBundle;
}

describe("the entry script's static imports", () => {
  it("are every chunk it imports, through others too, each once, in import order", () => {
    const site = bundle(
      { fileName: "assets/index.js", imports: ["assets/taxonomy.js", "assets/shared.js"] },
      { fileName: "assets/taxonomy.js" },
      { fileName: "assets/shared.js", imports: ["assets/deeper.js", "assets/taxonomy.js"] },
      { fileName: "assets/deeper.js", imports: ["assets/shared.js"] },
      { fileName: "assets/lazy.js", imports: ["assets/index.js"] },
    );
    const entry = site["assets/index.js"] as Rollup.OutputChunk;
    expect(staticImportsOf(site, entry)).toEqual([
      "assets/taxonomy.js",
      "assets/shared.js",
      "assets/deeper.js",
    ]);
  });

  it("are none for a self-contained entry", () => {
    const site = bundle({ fileName: "assets/index.js" });
    expect(staticImportsOf(site, site["assets/index.js"] as Rollup.OutputChunk)).toEqual([]);
  });
});
