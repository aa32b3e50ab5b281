// Writes synthetic catalogs for benchmarking: catalog-1000.json, catalog-10000.json, catalog-50000.json.
//   node scripts/generate-catalogs.mjs [outDir=dist/bench] [sizes=1000,10000,50000]
// The built app opens one with ?catalog=./bench/catalog-10000.json (see README, "Performance").
// The generator is TypeScript (scripts/synthetic-catalog.ts), loaded with Vite's module runner.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Generates, checks and writes each size; returns the paths written. */
export async function writeSyntheticCatalogs(outDir, sizes) {
  const { module } = await runnerImport(join(root, "scripts/synthetic-catalog.ts"), {
    configFile: false,
    logLevel: "silent",
    root,
  });
  mkdirSync(outDir, { recursive: true });
  return module.syntheticCatalogJson(sizes).map(({ size, json }) => {
    const path = join(outDir, `catalog-${size}.json`);
    writeFileSync(path, json);
    return { size, path };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [outDir = "dist/bench", sizes] = process.argv.slice(2);
  const list = sizes?.split(",").map(Number);
  for (const { size, path } of await writeSyntheticCatalogs(outDir, list))
    console.log(`${size} alerts → ${path}`);
}
