import { describe, expect, it } from "vitest";
import { prerenderedHtml } from "./vite-prerender-plugin";

const template = `<!doctype html>
<html lang="fr">
  <head>
    <meta name="description" content="Both languages" />
    <link rel="icon" href="./favicon.svg" />
    <title>Alertes · Alerts</title>
    <script type="module" crossorigin src="./assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-b.js">
    <script src="./early.js"></script>
  </head>
  <body>
    <div id="root"></div>
    <noscript><p>Needs JavaScript.</p></noscript>
  </body>
</html>`;
const page = {
  app: '<main><a href="?alert=X">X</a></main>',
  noscript: '<p><a href="en/">English</a> · Without JavaScript</p>',
  title: "Alerts <for> App Service",
  description: 'Say "hi"',
  fingerprint: "0a1b2c3d",
};
const french = { language: "fr", root: "./", pages: { fr: "./", en: "en/" } } as const;
const english = { language: "en", root: "../", pages: { fr: "../", en: "./" } } as const;

describe("prerenderedHtml", () => {
  it("puts the app in #root, its note in <noscript> above it, and the page's own language, title and links", () => {
    const html = prerenderedHtml(template, page, french);
    expect(html).toContain('<html lang="fr" data-prerendered data-catalog="0a1b2c3d">');
    expect(html).toContain(`<noscript>${page.noscript}</noscript><div id="root">${page.app}</div>`);
    expect(html.match(/<noscript>/g)).toHaveLength(1);
    expect(html).toContain("<title>Alerts &lt;for&gt; App Service</title>");
    expect(html).toContain('content="Say &quot;hi&quot;"');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="en/" />');
    expect(html).not.toContain("Needs JavaScript");
  });

  it("moves the English page's relative URLs up a folder and pins its language, leaving the app's links alone", () => {
    const html = prerenderedHtml(template, page, english);
    expect(html).toContain(
      '<html lang="en" data-prerendered data-catalog="0a1b2c3d" data-root="../" data-pinned-lang="en">',
    );
    expect(html).toContain('href="../assets/index-a.js" data-app-entry');
    expect(html).toContain('href="../favicon.svg"');
    expect(html).toContain('src="../early.js"');
    expect(html).toContain('<a href="?alert=X">');
    expect(html).toContain('<link rel="alternate" hreflang="fr" href="../" />');
  });

  it("leaves the app's modules inert for src/early.js to fetch and start after the first paint", () => {
    const html = prerenderedHtml(template, { ...page }, { ...french, strings: "assets/fr-first-c.js" });
    expect(html).not.toContain('<script type="module"');
    expect(html).toContain(
      '<template data-app-modules><link rel="modulepreload" crossorigin href="./assets/index-a.js" data-app-entry />' +
        '<link rel="modulepreload" crossorigin href="./assets/fr-first-c.js">' +
        '<link rel="modulepreload" crossorigin href="./assets/vendor-b.js"></template>',
    );
    // Nothing outside the template fetches a module.
    expect(html.replace(/<template[\s\S]*?<\/template>/, "")).not.toContain("modulepreload");
  });

  it("refuses a page whose early.js would run before its modules are parsed", () => {
    const early = '    <script src="./early.js"></script>\n';
    const reordered = template.replace(early, "").replace("<title>", `${early}<title>`);
    expect(() => prerenderedHtml(reordered, page, french)).toThrow(/early\.js comes before/);
  });

  it("refuses markup the page's CSP would block", () => {
    expect(() => prerenderedHtml(template, { ...page, app: '<p style="color:red">x</p>' }, french)).toThrow(
      /inline/,
    );
  });

  it("refuses a template it does not recognise, rather than shipping an empty page", () => {
    expect(() => prerenderedHtml(template.replace('<div id="root"></div>', ""), page, french)).toThrow(
      /root/,
    );
  });
});
