import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The layers of src/ are enforced by biome.json: a module may import from the layers below it,
 * never from one above, and the domain has no React. Each case lints one import in a copy of the
 * config, at the path it names, as `npm run lint` would.
 */
const root = mkdtempSync(join(tmpdir(), "alerts-layers-"));
copyFileSync("biome.json", join(root, "biome.json"));
const biome = join(process.cwd(), "node_modules", ".bin", "biome");
afterAll(() => rmSync(root, { recursive: true, force: true }));

let probes = 0;
function lint(file: string, from: string) {
  const path = join(root, `${dirname(file)}/probe-${++probes}.ts`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `import * as below from "${from}";\n\nexport const probe = below;\n`);
  const run = spawnSync(biome, ["lint", "--vcs-enabled=false", path], { cwd: root, encoding: "utf8" });
  return `${run.stdout}${run.stderr}`;
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
