import { readFileSync } from "node:fs";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { defineConfig } from "vitest/config";
import { catalogPlugin } from "./build/vite-catalog-plugin.ts";
import { contentSecurityPolicyPlugin } from "./build/vite-csp-plugin.ts";
import { earlyScriptPlugin } from "./build/vite-early-script-plugin.ts";
import { localePartsPlugin } from "./build/vite-locale-parts-plugin.ts";
import { offlinePlugin } from "./build/vite-offline-plugin.ts";
import { prerenderPlugin } from "./build/vite-prerender-plugin.ts";

/** One file carries no side files: the icon becomes a data URL, the install manifest goes. */
const selfContainedHead = (): Plugin => ({
  name: "self-contained-head",
  transformIndexHtml(html) {
    const icon = readFileSync(new URL("./public/favicon.svg", import.meta.url)).toString("base64");
    return html
      .replace('href="./favicon.svg"', `href="data:image/svg+xml;base64,${icon}"`)
      .replace(/\s*<link rel="manifest"[^>]*>/, "");
  },
});

/**
 * The browsers Tailwind CSS v4 is built for (it needs cascade layers, @property, color-mix() and
 * oklch colours): Safari 16.4+, Chrome and Edge 111+, Firefox 128+. As the build target it also
 * spares the stylesheet a hex copy and a lab() copy of every colour, which only older browsers
 * would read (1.9 kB gzip).
 */
const BROWSERS = ["chrome111", "edge111", "firefox128", "safari16.4"];

/**
 * The libraries of the first view, in a chunk of their own: left to Rolldown they spread over seven
 * small chunks shared with lazy code, at 1.9 kB gzip more for the first view, and this one rarely
 * changes between releases. Libraries that only lazy code uses stay in the chunks that need them.
 */
const FIRST_VIEW_LIBRARIES =
  /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|@tanstack[\\/](table-core|react-table|store|react-store)|use-sync-external-store|valibot)[\\/]/;

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
          localePartsPlugin(),
          catalogPlugin({ embed: true }),
          selfContainedHead(),
          viteSingleFile({ removeViteModuleLoader: true }),
          contentSecurityPolicyPlugin({ single: true }),
        ]
      : [
          react(),
          tailwindcss(),
          localePartsPlugin(),
          catalogPlugin(),
          contentSecurityPolicyPlugin(),
          earlyScriptPlugin(),
          prerenderPlugin(),
          offlinePlugin(),
        ],
    publicDir: single ? false : "public",
    build: {
      target: BROWSERS,
      // The modulepreload polyfill runs in the entry, which early.js imports after every chunk the
      // page preloads; only Safari 16.4–16.6 lacks modulepreload, and it still loads what it imports.
      modulePreload: { polyfill: false },
      outDir: single ? "dist-single" : "dist",
      rolldownOptions: single
        ? {}
        : { output: { codeSplitting: { groups: [{ name: "vendor", test: FIRST_VIEW_LIBRARIES }] } } },
    },
    test: {
      include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "build/**/*.test.ts"],
      environment: "node",
    },
  };
});
