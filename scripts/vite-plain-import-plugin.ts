import type { Plugin, Rollup } from "vite";

/** The module Vite wraps every `import()` in (`__vitePreload(() => import(…), deps)`). */
export const PRELOAD_HELPER_ID = "\0vite/preload-helper.js";
export const PLAIN_IMPORT_HELPER = "export const __vitePreload = (load) => load();";

/**
 * Why the plain helper would be wrong for this bundle, or null. It only calls the import: nothing
 * else may need the helper, and it must have been used (else Vite renamed its module and the
 * override no longer applies).
 */
export function plainImportProblem(bundle: Rollup.OutputBundle, replaced: boolean): string | null {
  const chunks = Object.values(bundle).filter((output) => output.type === "chunk");
  const styled = chunks.filter((chunk) => !chunk.isEntry && (chunk.viteMetadata?.importedCss.size ?? 0) > 0);
  if (styled.length > 0)
    return `lazily loaded chunks bring stylesheets of their own, which only Vite's preload helper adds: ${styled
      .map((chunk) => chunk.fileName)
      .join(", ")}. Import the styles from src/index.css instead.`;
  if (!replaced && chunks.some((chunk) => chunk.dynamicImports.length > 0))
    return `Vite's preload helper (${JSON.stringify(PRELOAD_HELPER_ID)}) was not replaced: has its module id changed?`;
  return null;
}

/**
 * With build.modulePreload off, Vite still wraps every `import()` in its preload helper (0.65 kB
 * gzip of the entry script; vitejs/vite#13952, #18551), whose only job left is to add a lazily
 * loaded chunk's own stylesheet. Ours have none (the page links the one stylesheet), so the helper
 * is replaced by one that just calls the import. The build fails if that ever stops being true.
 */
export function plainImportPlugin(): Plugin {
  let replaced = false;
  return {
    name: "plain-dynamic-import",
    apply: "build",
    enforce: "pre",
    load(id) {
      if (id !== PRELOAD_HELPER_ID) return null;
      replaced = true;
      return PLAIN_IMPORT_HELPER;
    },
    generateBundle(_options, bundle) {
      const problem = plainImportProblem(bundle, replaced);
      if (problem) this.error(problem);
    },
  };
}
