import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { stringsPart } from "../src/i18n/string-parts.ts";

const PREFIX = "virtual:strings/";

/** The resolved id of a locale part's module: a bundle's chunk for it has this as its facade. */
export const stringsModuleId = (language: string, part: "first" | "later"): string =>
  `\0${PREFIX}${language}-${part}`;
const LOCALES = fileURLToPath(new URL("../src/i18n/locales/", import.meta.url));

/**
 * `virtual:strings/fr-first` is the part of src/i18n/locales/fr.json the first view draws, and
 * `virtual:strings/fr-later` the rest (src/i18n/string-parts.ts): each its own module, so each its own chunk. A
 * bundler keeps one module whole, so named imports of one JSON file could not split it.
 */
export function localePartsPlugin(): Plugin {
  return {
    name: "locale-parts",
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      const match = id.match(/^\0virtual:strings\/(fr|en)-(first|later)$/);
      if (!match) return undefined;
      const [, language, part] = match as unknown as [string, string, "first" | "later"];
      const file = `${LOCALES}${language}.json`;
      this.addWatchFile(file);
      return `export default ${JSON.stringify(stringsPart(JSON.parse(readFileSync(file, "utf8")), part))};`;
    },
  };
}
