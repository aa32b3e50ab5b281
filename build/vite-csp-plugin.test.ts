import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SITE_CSP } from "./security-policy";
import { findInlineCode, singleFileHtml, siteHtml } from "./vite-csp-plugin";

const cspOf = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? null;
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** index.html as Vite builds it for the site: the bundle and stylesheet as files of its own. */
const builtSite = readFileSync(new URL("../index.html", import.meta.url), "utf8")
  .replace('<script type="module" src="/src/main.tsx"></script>', "")
  .replace(
    "</head>",
    '<script type="module" crossorigin src="./assets/index-x.js"></script>\n<link rel="stylesheet" href="./assets/index-x.css">\n</head>',
  );

describe("the site's policy", () => {
  it("is written into index.html, before anything it governs", () => {
    const html = siteHtml(builtSite);
    expect(cspOf(html)).toBe(SITE_CSP);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<link"));
  });

  it("says what the issue asks: only its own files, no plugins, no <base>, no form posts", () => {
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ])
      expect(SITE_CSP.split("; ")).toContain(directive);
    expect(SITE_CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*|data:|blob:/);
  });

  it("fails the build when the page has inline code the policy would block", () => {
    for (const inline of [
      "<script>alert(1)</script>",
      "<style>body{}</style>",
      '<div onclick="x()"></div>',
      '<div style="color:red"></div>',
      '<a href="javascript:x()">x</a>',
    ])
      expect(() => siteHtml(builtSite.replace("</body>", `${inline}</body>`)), inline).toThrow();
  });

  it("lets a JSON data block through: it is never executed", () => {
    const html = builtSite.replace("</body>", '<script type="application/json">{"a":1}</script></body>');
    expect(findInlineCode(html).scripts).toEqual([]);
    expect(() => siteHtml(html)).not.toThrow();
  });
});

describe("the single file's policy", () => {
  const script = 'var a="<\\/script>";console.log(a)';
  const style = "body{color:red}";
  const single = builtSite
    .replace(
      /<script type="module" crossorigin src="[^"]*"><\/script>/,
      `<script type="module">${script}</script>`,
    )
    .replace(/<link rel="stylesheet"[^>]*>/, `<style rel="stylesheet">${style}</style>`)
    .replace("</body>", '<script type="application/json" id="alert-catalog">{"alerts":[]}</script></body>');

  it("allows exactly its inline script and style, by hash", () => {
    const policy = cspOf(singleFileHtml(single)) ?? "";
    expect(policy).toContain(`script-src ${sha256(script)};`);
    expect(policy).toContain(`style-src ${sha256(style)};`);
  });

  it("allows nothing else: no fetch, no other origin, the icon as a data: URL only", () => {
    const policy = (cspOf(singleFileHtml(single)) ?? "").split("; ");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("img-src data:");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("form-action 'none'");
    expect(policy.join("; ")).not.toMatch(/unsafe-inline|unsafe-eval|'self'|https?:/);
  });
});
