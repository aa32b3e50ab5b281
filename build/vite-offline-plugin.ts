import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin, ResolvedConfig } from "vite";

const template = fileURLToPath(new URL("../src/offline/service-worker.js", import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Writes sw.js: the list of every file of the build (bundle and public/) and a version that is a
 * hash of their contents. Same files, same service worker; any change, a new one.
 */
export function offlinePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "offline-service-worker",
    apply: "build",
    enforce: "post",
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const hash = createHash("sha256");
      const files: string[] = [];
      for (const [fileName, output] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        files.push(fileName);
        hash.update(fileName).update(output.type === "chunk" ? output.code : output.source);
      }
      const publicDir = config.publicDir;
      for (const path of publicDir ? listFiles(publicDir).sort() : []) {
        const fileName = relative(publicDir, path).split("\\").join("/");
        files.push(fileName);
        hash.update(fileName).update(readFileSync(path));
      }
      const precache = files.filter((file) => file !== "sw.js" && !file.endsWith(".map"));
      const source = readFileSync(template, "utf8")
        .replace("__VERSION__", hash.digest("hex").slice(0, 16))
        .replace("__PRECACHE__", JSON.stringify(precache));
      this.emitFile({ type: "asset", fileName: "sw.js", source });
    },
  };
}
