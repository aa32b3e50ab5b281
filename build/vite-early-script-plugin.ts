import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { minify, type Plugin } from "vite";

const source = fileURLToPath(new URL("../src/early.js", import.meta.url));

/**
 * Adds src/early.js to each page's <head> as ./early.js, the classic script each page runs before
 * its first paint. Vite bundles only modules, so this plugin ships it: as written in development,
 * minified in the build (it is on the path to the first paint and counts in the first-view budget).
 * After the CSP's <meta>, which covers only what follows it.
 */
export function earlyScriptPlugin(): Plugin {
  return {
    name: "early-script",
    transformIndexHtml: () => [{ tag: "script", attrs: { src: "./early.js" }, injectTo: "head" }],
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split("?")[0] !== "/early.js") return next();
        response.setHeader("Content-Type", "text/javascript");
        response.end(readFileSync(source, "utf8"));
      });
    },
    async generateBundle() {
      const result = await minify("early.js", readFileSync(source, "utf8"), { compress: true, mangle: true });
      if (result.errors.length > 0)
        this.error(`src/early.js: ${result.errors.map((e) => e.message).join("; ")}`);
      this.emitFile({ type: "asset", fileName: "early.js", source: result.code });
    },
  };
}
