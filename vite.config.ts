import { readFileSync } from "node:fs";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { defineConfig } from "vitest/config";
import { catalogPlugin } from "./scripts/vite-catalog-plugin.ts";
import { contentSecurityPolicyPlugin } from "./scripts/vite-csp-plugin.ts";
import { offlinePlugin } from "./scripts/vite-offline-plugin.ts";

/**
 * One file carries no side files: the icon becomes a data URL, the install manifest and the
 * catalog's preload go (the catalog is inside the page).
 */
const selfContainedHead = (): Plugin => ({
  name: "self-contained-head",
  transformIndexHtml(html) {
    const icon = readFileSync(new URL("./public/favicon.svg", import.meta.url)).toString("base64");
    return html
      .replace('href="./favicon.svg"', `href="data:image/svg+xml;base64,${icon}"`)
      .replace(/\s*<link rel="manifest"[^>]*>/, "")
      .replace(/\s*<!--[^>]*-->\s*<link rel="preload" href="\.\/catalog\.json"[^>]*>/, "");
  },
});

// `vite build` makes the site (dist/); `vite build --mode single` makes one self-contained
// dist-single/index.html that works from file://.
export default defineConfig(({ mode }) => {
  const single = mode === "single";
  return {
    // Relative URLs: the built site works from any path of any static host.
    base: "./",
    plugins: single
      ? [
          react(),
          tailwindcss(),
          catalogPlugin({ embed: true }),
          selfContainedHead(),
          viteSingleFile({ removeViteModuleLoader: true }),
          contentSecurityPolicyPlugin({ single: true }),
        ]
      : [react(), tailwindcss(), catalogPlugin(), contentSecurityPolicyPlugin(), offlinePlugin()],
    publicDir: single ? false : "public",
    build: { target: "es2022", outDir: single ? "dist-single" : "dist" },
    test: {
      include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
      environment: "node",
    },
  };
});
