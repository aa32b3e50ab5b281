import { copyFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { SITE_CSP, serializeCsp, singleFileCspDirectives } from "./security-policy.ts";

/** Host configurations that Azure Static Web Apps, Netlify and Cloudflare Pages read from the site root. */
export const HOST_CONFIG_FILES = ["staticwebapp.config.json", "_headers"] as const;
const deployDir = fileURLToPath(new URL("../deploy/", import.meta.url));

/** Types of <script> that run; any other type (application/json…) is an inert data block. */
const EXECUTABLE_TYPES = new Set(["", "module", "importmap", "text/javascript", "application/javascript"]);

/** The code an HTML page carries inline: executable scripts, style elements, and inline attributes. */
export function findInlineCode(html: string) {
  const scripts: string[] = [];
  for (const [, attributes = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase() ?? "";
    if (EXECUTABLE_TYPES.has(type)) scripts.push(body);
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body = ""]) => body);
  // Outside script and style bodies: event handler and style attributes, javascript: URLs.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, "");
  const attributes = [
    ...markup.matchAll(/<[a-z][^>]*?\s(on[a-z]+|style)\s*=/gi),
    ...markup.matchAll(/<[a-z][^>]*?\s(href|src|action)\s*=\s*["']?\s*javascript:/gi),
  ].map(([, name = ""]) => name.toLowerCase());
  return { scripts, styles, attributes };
}

/** Puts the policy first in <head>, right after the charset, so it covers everything after it. */
export function withCspMeta(html: string, policy: string): string {
  if (/http-equiv\s*=\s*["']?content-security-policy/i.test(html))
    throw new Error("index.html already has a Content-Security-Policy meta tag");
  const charset = /<meta\s+charset\s*=\s*["']?utf-8["']?\s*\/?>/i.exec(html);
  if (!charset) throw new Error('index.html needs <meta charset="UTF-8"> first in <head>');
  const at = charset.index + charset[0].length;
  const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}

/** The site allows no inline code at all: the build fails rather than ship a page the policy breaks. */
export function siteHtml(html: string): string {
  const { scripts, styles, attributes } = findInlineCode(html);
  const found = [
    ...scripts.map(() => "an inline <script>"),
    ...styles.map(() => "a <style> element"),
    ...attributes.map((name) => `an inline ${name} attribute`),
  ];
  if (found.length > 0)
    throw new Error(`index.html has ${found.join(", ")}, which the site's CSP (${SITE_CSP}) blocks`);
  return withCspMeta(html, SITE_CSP);
}

/** The single file allows its own inline script and style by hash, and nothing else. */
export function singleFileHtml(html: string): string {
  const { scripts, styles, attributes } = findInlineCode(html);
  if (attributes.length > 0)
    throw new Error(`index.html has inline ${attributes.join(", ")} attributes, which no hash can allow`);
  return withCspMeta(html, serializeCsp(singleFileCspDirectives(scripts, styles)));
}

/**
 * Writes the Content Security Policy into the built index.html (never in dev, where Vite's hot
 * reload needs inline scripts). The site's policy is written before the offline plugin hashes the
 * page, so a policy change is a new service worker; the single file's after vite-plugin-singlefile
 * has inlined the code it hashes. The site build also copies the host configurations to dist/.
 */
export function contentSecurityPolicyPlugin({ single = false } = {}): Plugin {
  let outDir = "dist";
  return {
    name: "content-security-policy",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: "post",
      handler: (html) => (single ? html : siteHtml(html)),
    },
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        if (!single) return;
        for (const file of Object.values(bundle)) {
          if (file.type === "asset" && file.fileName.endsWith(".html"))
            file.source = singleFileHtml(String(file.source));
        }
      },
    },
    // Copied after the bundle is written, so the service worker does not precache them: these
    // hosts read them and may not serve them.
    writeBundle() {
      if (single) return;
      for (const name of HOST_CONFIG_FILES) copyFileSync(join(deployDir, name), join(outDir, name));
    },
  };
}
