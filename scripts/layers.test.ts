import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The layers of src/ are enforced by biome.json: a module may import from the layers below it,
 * never from one above, and the domain has no React. Each case lints one import in a copy of the
 * config, at the path it names, as `npm run lint` would.
 */
const project = fileURLToPath(new URL("..", import.meta.url));
const biome = join(project, "node_modules", ".bin", "biome");
let root = "";
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "alerts-layers-"));
  copyFileSync(join(project, "biome.json"), join(root, "biome.json"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let probes = 0;
function lint(file: string, from: string) {
  const path = join(root, `${dirname(file)}/probe-${++probes}.ts`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `import * as below from "${from}";\n\nexport const probe = below;\n`);
  const run = spawnSync(biome, ["lint", "--vcs-enabled=false", path], { cwd: root, encoding: "utf8" });
  const output = `${run.stdout}${run.stderr}`;
  // Biome ran and read the file: an allowed import passes on what it found, not on a failed run.
  expect(run.error).toBeUndefined();
  expect(output).toContain("Checked 1 file");
  return output;
}

const refused = [
  ["src/catalog/x.ts", "react"],
  ["src/catalog/x.ts", "../url/view-state"],
  ["src/search/x.ts", "../features/browser/columns"],
  ["src/url/x.ts", "../ui/severity-badge"],
  ["src/ui/x.ts", "../features/browser/columns"],
  ["src/ui/deep/x.ts", "../../app/use-theme"],
  ["src/features/browser/x.ts", "../../app/app"],
] as const;

const allowed = [
  ["src/features/browser/x.ts", "../../ui/severity-badge"],
  ["src/ui/x.ts", "../catalog/schema"],
  ["src/app/x.ts", "../features/browser/browser"],
] as const;

describe("biome.json keeps imports pointing down", () => {
  it.each(refused)("%s may not import %s", (file, from) => {
    expect(lint(file, from)).toContain("noRestrictedImports");
  });

  it.each(allowed)("%s may import %s", (file, from) => {
    expect(lint(file, from)).not.toContain("noRestrictedImports");
  });
});
