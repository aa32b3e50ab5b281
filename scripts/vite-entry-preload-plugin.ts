import type { HtmlTagDescriptor, Plugin, Rollup } from "vite";

/**
 * Every chunk the entry script imports statically, directly or through another, in import order.
 * The browser only finds these once it has compiled the script that imports them: one round trip
 * more, at the worst moment, unless the page names them up front.
 */
export function staticImportsOf(bundle: Rollup.OutputBundle, entry: Rollup.OutputChunk): string[] {
  const found: string[] = [];
  const visit = (chunk: Rollup.OutputChunk) => {
    for (const file of chunk.imports) {
      if (found.includes(file)) continue;
      found.push(file);
      const imported = bundle[file];
      if (imported?.type === "chunk") visit(imported);
    }
  };
  visit(entry);
  return found;
}

/**
 * With build.modulePreload off (see vite.config.ts), Vite names none of the chunks the entry
 * script imports statically in the page. Rolldown still splits out a module shared with a lazy
 * chunk (the taxonomy, shared with the matrix), so this names each in a `<link rel="modulepreload">`,
 * fetched alongside the entry script: no preload helper, no polyfill, nothing in the script.
 */
export function entryPreloadPlugin(): Plugin {
  return {
    name: "entry-static-imports-preload",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle, chunk }): HtmlTagDescriptor[] {
        if (!bundle || !chunk) return [];
        return staticImportsOf(bundle, chunk).map((file) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: true, href: `./${file}` },
          injectTo: "head",
        }));
      },
    },
  };
}
