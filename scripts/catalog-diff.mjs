// Compares a new French page with the one the catalog is built from and prints what changed,
// alert by alert and field by field, ready to paste into a commit message.
//   npm run catalog:diff -- <new-page.txt> [old-page.txt=build/catalog/source/app-service.fr.txt]
// Exits 1, naming the line, when a page does not parse; 2 when a file cannot be read.
// The logic is TypeScript (build/catalog/diff-source.ts), loaded with Vite's module runner.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const load = async (file) =>
  (await runnerImport(join(root, file), { configFile: false, logLevel: "silent" })).module;

const [newPath, oldPath = join(root, "build/catalog/source/app-service.fr.txt")] = process.argv.slice(2);
if (!newPath) {
  console.error("usage: npm run catalog:diff -- <new-page.txt> [old-page.txt]");
  process.exit(2);
}
const read = (path) => {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    console.error(`catalog:diff: cannot read ${path}: ${error.message}`);
    process.exit(2);
  }
};
const { parseCatalogSource } = await load("build/catalog/parse-source.ts");
const { diffSources, formatDiff } = await load("build/catalog/diff-source.ts");
const parse = (path) => {
  try {
    return parseCatalogSource(read(path));
  } catch (error) {
    console.error(`catalog:diff: ${path} does not parse.\n${error.message}`);
    process.exit(1);
  }
};
const before = parse(oldPath);
const after = parse(newPath);
process.stdout.write(formatDiff(diffSources(before, after)));
