import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { EMBEDDED_CATALOG_ID } from "../src/catalog/load-catalog.ts";
import { buildCatalog } from "./catalog/build-catalog.ts";

const sourceDir = fileURLToPath(new URL("./catalog/source/", import.meta.url));
export const CATALOG_SOURCES = {
  french: `${sourceDir}app-service.fr.txt`,
  english: `${sourceDir}app-service.en.json`,
};

/** Builds catalog.json from the sources; any problem in them throws with line numbers or alert IDs. */
export function readCatalogJson(): string {
  const french = readFileSync(CATALOG_SOURCES.french, "utf8");
  const english: unknown = JSON.parse(readFileSync(CATALOG_SOURCES.english, "utf8"));
  return `${JSON.stringify(buildCatalog(french, english))}\n`;
}

/**
 * Serves ./catalog.json in dev (rebuilt on every request, so edits to the sources show on reload)
 * and writes dist/catalog.json next to index.html at build time. With `embed`, the catalog goes
 * into index.html instead, as inert JSON data, for the single-file build.
 */
export function catalogPlugin({ embed = false } = {}): Plugin {
  return {
    name: "alert-catalog",
    transformIndexHtml(html) {
      if (!embed) return html;
      // JSON in a data block: "<" is escaped so no text in it can close the element.
      const json = readCatalogJson().trim().replace(/</g, "\\u003c");
      return html.replace(
        "</body>",
        `<script type="application/json" id="${EMBEDDED_CATALOG_ID}">${json}</script>\n</body>`,
      );
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.split("?")[0]?.endsWith("/catalog.json")) return next();
        try {
          const body = readCatalogJson();
          response.setHeader("Content-Type", "application/json; charset=utf-8");
          response.end(body);
        } catch (error) {
          server.config.logger.error(String(error));
          response.statusCode = 500;
          response.end(String(error));
        }
      });
    },
    buildStart() {
      for (const file of Object.values(CATALOG_SOURCES)) this.addWatchFile(file);
    },
    generateBundle() {
      if (embed) return;
      this.emitFile({ type: "asset", fileName: "catalog.json", source: readCatalogJson() });
    },
  };
}
