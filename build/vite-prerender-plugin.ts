import { fileURLToPath } from "node:url";
import { createServer, type Plugin } from "vite";
import type { PrerenderedPage } from "../src/prerender.tsx";
import { findInlineCode } from "./vite-csp-plugin.ts";
import { localePartsPlugin, stringsModuleId } from "./vite-locale-parts-plugin.ts";

const entry = fileURLToPath(new URL("../src/prerender.tsx", import.meta.url));

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface PageOptions {
  language: "fr" | "en";
  /** The site's root, relative to this page ("./" or "../"). */
  root: "./" | "../";
  /** Each language's page, relative to this one. */
  pages: { fr: string; en: string };
  /** The chunk of the page language's strings, from the site's root (the app imports it first). */
  strings?: string;
}

/**
 * The app's entry and the modules it imports, as preloads inside an inert <template>: src/early.js
 * adds them to the page and imports the entry once the page has been painted. A module script
 * would run before the first paint and hold it back by the whole bundle; preloads in the head would
 * share the network with the page and its stylesheet, which is all the first paint needs.
 */
function startAfterFirstPaint(html: string) {
  const modules: string[] = [];
  const rest = html.replace(/\n\s*<link rel="modulepreload" crossorigin href="[^"]+">/g, (tag) => {
    modules.push(tag.trim());
    return "";
  });
  return rest.replace(
    /<script type="module" crossorigin src="([^"]+)"><\/script>/,
    (_script, src: string) =>
      `<template data-app-modules><link rel="modulepreload" crossorigin href="${src}" data-app-entry />${modules.join("")}</template>`,
  );
}

/**
 * index.html with the prerendered default view in #root, a <noscript> note above it, and the page's
 * own language, title, description and links to the other language. Read without JavaScript, the
 * view is the whole catalog (src/index.css). A page one folder down
 * has its relative URLs moved up; the app's own links are query strings, right on either page.
 */
export function prerenderedHtml(
  template: string,
  page: PrerenderedPage,
  { language, root, pages, strings }: PageOptions,
) {
  const base = root === "./" ? template : template.replace(/(\s(?:href|src)=")\.\//g, `$1${root}`);
  const marks = [
    `lang="${language}"`,
    "data-prerendered",
    `data-catalog="${page.fingerprint}"`,
    ...(root === "./" ? [] : [`data-root="${root}"`, `data-pinned-lang="${language}"`]),
  ];
  const alternates = (["fr", "en"] as const)
    .map((code) => `<link rel="alternate" hreflang="${code}" href="${pages[code]}" />`)
    .join("\n    ");
  const preloadStrings = strings ? `<link rel="modulepreload" crossorigin href="${root}${strings}">` : "";
  const html = startAfterFirstPaint(base)
    .replace(/(<link rel="modulepreload"[^>]*data-app-entry \/>)/, `$1${preloadStrings}`)
    .replace(/<html lang="[^"]*">/, `<html ${marks.join(" ")}>`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>\n    ${alternates}`)
    .replace(/(<meta name="description" content=")[^"]*"/, `$1${escapeHtml(page.description)}"`)
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, "")
    .replace(
      '<div id="root"></div>',
      () => `<noscript>${page.noscript}</noscript><div id="root">${page.app}</div>`,
    );
  for (const mark of [
    "data-prerendered",
    `data-catalog="${page.fingerprint}"`,
    'hreflang="en"',
    '<div id="root"><',
    "<noscript><p",
    "data-app-entry",
  ]) {
    if (!html.includes(mark)) throw new Error(`index.html is not as the prerender expects: no ${mark}`);
  }
  // A stale page's early.js fetches the modules at once (src/early.js): they must be parsed by then.
  if (html.indexOf("<template data-app-modules>") > html.search(/<script src="[^"]*early\.js"/))
    throw new Error("index.html is not as the prerender expects: early.js comes before the app's modules");
  const inline = findInlineCode(html);
  if (inline.scripts.length + inline.styles.length + inline.attributes.length > 0)
    throw new Error(
      `the prerendered ${language} page has inline code the CSP would block: ${JSON.stringify(inline)}`,
    );
  return html;
}

/**
 * Prerenders the default view with the app's own components: index.html in French (the source
 * language) and en/index.html in English. Before the service worker's list is made, which then
 * precaches both pages.
 */
export function prerenderPlugin(): Plugin {
  let root = "";
  return {
    name: "prerender",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_options, bundle) {
      const index = bundle["index.html"];
      const catalogFile = bundle["catalog.json"];
      if (index?.type !== "asset" || catalogFile?.type !== "asset") {
        this.error("prerender: index.html and catalog.json must be in the bundle");
      }
      const catalog: unknown = JSON.parse(String(catalogFile.source));
      const stringsOf = (language: string) =>
        Object.values(bundle).find(
          (file) => file.type === "chunk" && file.facadeModuleId === stringsModuleId(language, "first"),
        )?.fileName;
      // A Vite server loads the app's modules for Node, lazy chunks included, for as long as it renders.
      const server = await createServer({
        root,
        configFile: false,
        logLevel: "error",
        appType: "custom",
        plugins: [localePartsPlugin()],
        server: { middlewareMode: true, ws: false },
      });
      try {
        const module = (await server.ssrLoadModule(entry)) as typeof import("../src/prerender.tsx");
        const template = String(index.source);
        const pages = { fr: "./", en: "en/" };
        const fromEnglish = { fr: "../", en: "./" };
        index.source = prerenderedHtml(template, await module.prerenderPage(catalog, "fr", pages.en), {
          language: "fr",
          root: "./",
          pages,
          strings: stringsOf("fr"),
        });
        this.emitFile({
          type: "asset",
          fileName: "en/index.html",
          source: prerenderedHtml(template, await module.prerenderPage(catalog, "en", fromEnglish.fr), {
            language: "en",
            root: "../",
            pages: fromEnglish,
            strings: stringsOf("en"),
          }),
        });
      } finally {
        await server.close();
      }
    },
  };
}
