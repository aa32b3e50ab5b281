// Writes synthetic catalogs (the same ones `npm run bench` uses): catalog-<size>.json.
//   node scripts/generate-catalogs.mjs [outDir=dist-catalogs] [sizes=2000,10000,50000]
// To open one in the built app, deploy a copy of dist/ with its catalog.json replaced by it, e.g.
//   cp -r dist dist-10000 && cp dist-catalogs/catalog-10000.json dist-10000/catalog.json
//   node scripts/serve-static.mjs dist-10000
// They are written outside dist/, which is deployed as it is.
// The generator is TypeScript (scripts/synthetic-catalog.ts), loaded with Vite's module runner.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
export const DEFAULT_SIZES = [2_000, 10_000, 50_000];

/** Generates, checks and writes each size; returns the paths written. */
export async function writeSyntheticCatalogs(outDir, sizes = DEFAULT_SIZES) {
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
  const [outDir = "dist-catalogs", sizes] = process.argv.slice(2);
  const list = sizes?.split(",").map(Number);
  for (const { size, path } of await writeSyntheticCatalogs(outDir, list))
    console.log(`${size} alerts → ${path}`);
}
