import type { Plugin } from "vite";

/**
 * Tailwind CSS v4 sets its `--tw-*` defaults twice: with `@property` rules, and again in an
 * `@supports` block for browsers without `@property` (Safari before 16.4, Firefox before 128,
 * told apart by features they lack). Every browser the build targets has `@property` (see
 * BROWSERS in vite.config.ts), so that block never applies; it is 0.2 kB gzip of the first view.
 */
export const PROPERTY_FALLBACK_CONDITION =
  "@supports (((-webkit-hyphens:none)) and (not (margin-trim:block))) or ((-moz-orient:inline) and (not (color:rgb(from red r g b))))";

/** The stylesheet without the block under `condition` (the whole block, nested braces and all). */
export function withoutSupportsBlock(css: string, condition: string): string {
  const start = css.indexOf(condition);
  if (start < 0) return css;
  const open = start + condition.length;
  if (css[open] !== "{") return css;
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === "{") depth++;
    else if (css[i] === "}" && --depth === 0) return css.slice(0, start) + css.slice(i + 1);
  }
  return css; // unbalanced: leave it as it is
}

export function propertyFallbackPlugin(): Plugin {
  return {
    name: "drop-property-fallback",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      let dropped = false;
      for (const output of Object.values(bundle)) {
        if (output.type !== "asset" || !output.fileName.endsWith(".css") || typeof output.source !== "string")
          continue;
        const trimmed = withoutSupportsBlock(output.source, PROPERTY_FALLBACK_CONDITION);
        dropped ||= trimmed !== output.source;
        output.source = trimmed;
      }
      // Tailwind or the minifier changed how the block reads: say so rather than carry it silently.
      if (!dropped) this.warn("Tailwind's @property fallback block was not found in the stylesheet");
    },
  };
}
