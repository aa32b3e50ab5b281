import type { Plugin } from "vite";
import { EMBEDDED_CATALOG_ID } from "../src/catalog/load-catalog.ts";
import type { Catalog } from "../src/catalog/schema.ts";
import { changesFeed, changesJson } from "./catalog/atom.ts";
import { buildCatalog } from "./catalog/build-catalog.ts";
import { readCatalogSources, SOURCE_DIR, SOURCE_FILES } from "./catalog/read-sources.ts";

/** Builds the catalog from the sources; any problem in them throws with line numbers or alert IDs. */
export function readCatalog(): Catalog {
  const { french, english, facts } = readCatalogSources();
  return buildCatalog(french, english, facts);
}

export function readCatalogJson(): string {
  return `${JSON.stringify(readCatalog())}\n`;
}

/** The files written beside index.html, each from the catalog. */
const OUTPUTS: Record<string, { type: string; render: (catalog: Catalog) => string }> = {
  // The change log, and the page's notes with our errata, ATT&CK reasons and where in which
  // repository each source sits, have files of their own (the Changes
  // view, the detail pane and About load them when shown), which keeps the first view's download light; the
  // single file embeds it all.
  "catalog.json": {
    type: "application/json",
    render: ({ changes: _, page: { notes: __, ...page }, alerts, ...catalog }) => {
      const light = alerts.map(({ errata: ___, noTechnique: ____, techniques, ...alert }) => ({
        ...alert,
        // The IDs draw the facet, the column and the search; how sure and why are for the pane.
        techniques: techniques.map(({ id }) => ({ id })),
      }));
      // The header names and links the French page; the other sources, and where each sits, are
      // for About and the exports, from notes.json.
      const sources = page.sources
        .filter((source) => source.id === "french-page")
        .map(({ repo: _1, file: _2, commit: _3, ...source }) => source);
      return `${JSON.stringify({ ...catalog, page: { ...page, sources }, alerts: light })}\n`;
    },
  },
  "notes.json": {
    type: "application/json",
    render: ({ schemaVersion, page, alerts }) => {
      const errata = Object.fromEntries(
        alerts.filter((alert) => alert.errata.length > 0).map((alert) => [alert.id, alert.errata]),
      );
      const attack = Object.fromEntries(
        alerts.map(({ id, techniques, noTechnique }) => [
          id,
          {
            reasons: Object.fromEntries(
              techniques.flatMap(({ id, reason }) => (reason ? [[id, reason]] : [])),
            ),
            confidence: Object.fromEntries(
              techniques.flatMap(({ id, confidence }) => (confidence ? [[id, confidence]] : [])),
            ),
            ...(noTechnique ? { none: noTechnique } : {}),
          },
        ]),
      );
      return `${JSON.stringify({ schemaVersion, notes: page.notes, errata, attack, sources: page.sources })}\n`;
    },
  },
  "changes.json": { type: "application/json", render: changesJson },
  "changes.xml": { type: "application/atom+xml", render: changesFeed },
};

/**
 * Serves ./catalog.json, ./changes.json and ./changes.xml in dev (rebuilt on every request, so
 * edits to the sources show on reload) and writes them next to index.html at build time. With
 * `embed`, the catalog goes into index.html instead, as inert JSON data, for the single-file build.
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
        const name = request.url?.split("?")[0]?.split("/").pop() ?? "";
        const output = OUTPUTS[name];
        if (!output) return next();
        try {
          const body = output.render(readCatalog());
          response.setHeader("Content-Type", `${output.type}; charset=utf-8`);
          response.end(body);
        } catch (error) {
          server.config.logger.error(String(error));
          response.statusCode = 500;
          response.end(String(error));
        }
      });
    },
    buildStart() {
      for (const file of Object.values(SOURCE_FILES)) this.addWatchFile(`${SOURCE_DIR}${file}`);
    },
    generateBundle() {
      if (embed) return;
      const catalog = readCatalog();
      for (const [fileName, output] of Object.entries(OUTPUTS)) {
        this.emitFile({ type: "asset", fileName, source: output.render(catalog) });
      }
    },
  };
}
