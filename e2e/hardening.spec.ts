import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "@playwright/test";
import { expectedHeaders, SITE_CSP } from "../build/security-policy";
import { expect, languageButton, openApp, resultCount, searchBox, test } from "./support/fixtures";
import { fuzzUrls } from "./support/fuzz-urls";
import { consoleErrors, watchPage } from "./support/page-watch";
import { type Site, startSite } from "./support/site";

/** Any other origin: CSP refuses it before a request is made, so nothing is ever sent there. */
const ELSEWHERE = "http://127.0.0.1:9";

/** Everything in the page that could run: a value the injected code would set, handlers, links. */
const inertness = (page: Page) =>
  page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    return {
      pwned: (window as { __pwned?: unknown }).__pwned ?? null,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
      scriptLinks: all.filter((el) =>
        ["href", "src", "action", "formaction", "data"].some((name) =>
          /^\s*(javascript|data|vbscript):/i.test(el.getAttribute(name) ?? ""),
        ),
      ).length,
      embedded: document.querySelectorAll("img, iframe, frame, object, embed, svg, base, form").length,
      scripts: document.scripts.length,
      searchable: document.querySelector<HTMLInputElement>("#alert-search")?.disabled === false,
    };
  });

test.describe("Content Security Policy", () => {
  test("the built page carries the policy before anything it governs, and has no inline code", async ({
    request,
  }) => {
    const html = await (await request.get("./")).text();
    expect(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]).toBe(SITE_CSP);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.search(/<script|<link rel="styl/));
    for (const [, attributes] of html.matchAll(/<script\b([^>]*)>/g)) expect(attributes).toMatch(/\bsrc=/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  test("a normal visit is silent: no console message of any kind, no violation", async ({ page }) => {
    const watch = await watchPage(page);
    await openApp(page, "?lang=en");
    await searchBox(page).fill("certutil");
    await expect(resultCount(page)).toHaveText("2 of 40 alerts");
    await page.locator("[data-alert-link]").first().click();
    await page.getByRole("button", { name: "FR | EN side by side" }).click();
    await page.getByRole("button", { name: "Copy ID" }).click();
    await page.getByRole("button", { name: "Matrix" }).click();
    await expect(page.getByTestId("matrix")).toBeVisible();
    await page.getByRole("button", { name: "Table", exact: true }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV", exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await page.getByRole("button", { name: "Dark theme" }).click();
    await languageButton(page, "fr").click();
    await page.getByRole("button", { name: "À propos de ce catalogue" }).click();
    await page.keyboard.press("Escape");
    await expect(resultCount(page)).toHaveText("2 alertes sur 40");
    expect(watch.console).toEqual([]);
    expect(await watch.violations()).toEqual([]);
  });

  test("code injected into the running page is blocked and reported", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const watch = await watchPage(page);
    await openApp(page, "?lang=en");

    await page.addScriptTag({ content: "window.__pwned = 'inline'" }).catch(() => undefined);
    // Run from a task of the page's own: code the DevTools protocol runs directly may skip eval checks.
    const blocked = await page.evaluate(
      (elsewhere) =>
        new Promise((done) =>
          setTimeout(async () => {
            const attempt = async (run: () => unknown) => {
              try {
                await run();
              } catch {
                // blocked: what matters is that it did not run and was reported
              }
            };
            const add = <K extends keyof HTMLElementTagNameMap>(
              tag: K,
              set: (el: HTMLElementTagNameMap[K]) => void,
            ) => {
              const el = document.createElement(tag);
              set(el);
              document.body.append(el);
              return el;
            };
            // biome-ignore lint/security/noGlobalEval: the point is that eval is refused
            await attempt(() => eval("window.__pwned = 'eval'"));
            await attempt(() => new Function("window.__pwned = 'function'")());
            await attempt(() => setTimeout("window.__pwned = 'timer'", 0));
            await attempt(() => add("script", (s) => s.setAttribute("src", `${elsewhere}/x.js`)));
            await attempt(() => fetch(`${elsewhere}/exfiltrate`));
            await attempt(() => add("img", (img) => img.setAttribute("src", `${elsewhere}/pixel.png`)));
            await attempt(() =>
              add("link", (l) => Object.assign(l, { rel: "stylesheet", href: `${elsewhere}/x.css` })),
            );
            await attempt(() => add("iframe", (f) => f.setAttribute("src", "./")));
            await attempt(() => add("base", (b) => b.setAttribute("href", `${elsewhere}/`)));
            await attempt(() => document.body.setAttribute("style", "outline: 9px solid red"));
            const form = add("form", (f) =>
              Object.assign(f, { method: "post", action: `${elsewhere}/steal` }),
            );
            await attempt(() => form.submit());
            await new Promise((done) => setTimeout(done, 500));
            // The CSSOM (React's style props) is not inline code, and stays allowed.
            document.body.style.setProperty("--probe", "allowed");
            done({
              outline: getComputedStyle(document.body).outlineStyle,
              cssom: getComputedStyle(document.body).getPropertyValue("--probe"),
              pwned: (window as { __pwned?: unknown }).__pwned ?? null,
            });
          }, 0),
        ),
      ELSEWHERE,
    );

    expect(blocked).toEqual({ outline: "none", cssom: "allowed", pwned: null });
    const directives = new Set((await watch.violations()).map((v) => v.split(" ")[0]));
    // (object-src 'none' is checked in the policy itself: Chromium has no plugin to try loading.)
    for (const directive of [
      "require-trusted-types-for", // script.text, script.src, eval, new Function, a string timer
      "connect-src",
      "img-src",
      "style-src-elem",
      "frame-src",
      "base-uri",
      "style-src-attr",
      "form-action",
    ])
      expect(directives, directive).toContain(directive);
    // And the app carries on. (Read directly: the refused form submission leaves Playwright waiting
    // for a navigation that never comes, which stalls its locators.)
    const count = await page.evaluate(
      () => document.querySelector('[data-testid="result-count"]')?.textContent,
    );
    expect(count).toBe("40 of 40 alerts");
    await context.close();
  });

  test("the single file runs under its own hash-based policy", async ({ page }) => {
    const file = pathToFileURL(resolve("dist-single/index.html")).href;
    const watch = await watchPage(page);
    await page.goto(`${file}?lang=en`);
    await expect(resultCount(page)).toHaveText("40 of 40 alerts");
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toMatch(/^default-src 'none'; script-src 'sha256-[\w+/=]+'; style-src 'sha256-[\w+/=]+';/);
    await searchBox(page).fill("curl");
    await expect(resultCount(page)).toHaveText(/^[1-9]\d* of 40 alerts$/);
    expect(await watch.violations()).toEqual([]);
  });
});

test.describe("served with the host headers of deploy/_headers", () => {
  let host: Site;
  test.beforeAll(async () => {
    host = await startSite({ mount: "/", hostHeaders: true });
  });
  test.afterAll(async () => host?.stop());

  test("every file gets the security headers and its cache rule", async ({ request }) => {
    const page = await (await request.get(host.url)).text();
    const bundle = /href="\.\/(assets\/[^"]+\.js)" data-app-entry/.exec(page)?.[1];
    expect(bundle, "the app's entry in the prerendered page").toBeDefined();
    for (const path of [
      "",
      "index.html",
      "early.js",
      "sw.js",
      "catalog.json",
      "manifest.webmanifest",
      bundle,
    ]) {
      const response = await request.get(`${host.url}${path}`);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      for (const [name, value] of Object.entries(expectedHeaders(`/${path}`)))
        expect(headers[name.toLowerCase()], `${name} of /${path}`).toBe(value);
    }
  });

  test("the app works under them: service worker, clipboard, exports, not a console message", async ({
    browser,
  }) => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: host.url });
    const page = await context.newPage();
    const watch = await watchPage(page);
    await page.goto(`${host.url}?lang=en&alert=AppServices_CurlToDisk`);
    await expect(resultCount(page)).toHaveText("40 of 40 alerts");
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 })
      .toBe(true);
    await page.getByRole("button", { name: "Copy ID" }).click();
    await expect(page.getByRole("button", { name: "Copy ID" })).toContainText("Copied");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export JSON" }).click();
    expect((await download).suggestedFilename()).toMatch(/\.json$/);
    await page.reload(); // now from the service worker, still under the headers it cached with
    await expect(resultCount(page)).toHaveText("40 of 40 alerts");
    expect(watch.console).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(await watch.violations()).toEqual([]);
    await context.close();
  });

  test("no other page can frame it", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const refused = page.waitForEvent("console", (message) =>
      /frame-ancestors|X-Frame-Options/.test(message.text()),
    );
    await page.setContent(`<iframe src="${host.url}?lang=en" title="framed"></iframe>`);
    await refused;
    const framed = page.frames().find((frame) => frame !== page.mainFrame());
    expect(
      await framed
        ?.locator('[data-testid="result-count"]')
        .count()
        .catch(() => 0),
    ).toBe(0);
    await context.close();
  });
});

test.describe("on a host that sends no headers", () => {
  test("a page of another origin that frames the app gets nothing to see or click", async ({
    page,
    baseURL,
  }) => {
    await page.setContent(
      `<iframe src="${baseURL}?lang=en" title="framed" width="1200" height="800"></iframe>`,
    );
    const framed = page.frameLocator("iframe");
    await expect(framed.locator("html[data-framed]")).toHaveCount(1);
    await expect(framed.locator("body")).toBeHidden();
    await expect(framed.locator("html[data-ready]")).toHaveCount(0); // the app never started
  });
});

test.describe("what a link can make the app say", () => {
  test("an unknown alert ID is quoted back; a sentence or an overlong value is not", async ({ page }) => {
    const notice = page.getByRole("alert");
    const phishing = 'X" is not in this catalog. SECURITY NOTICE: your account is locked, call +1 555 0100';
    for (const value of [phishing, `AppServices_${"A".repeat(120)}`, "<b>AppServices_CurlToDisk</b>"]) {
      await openApp(page, `?lang=en&alert=${encodeURIComponent(value)}`);
      await expect(notice).toContainText("The alert this link asks for is not in this catalog.");
      await expect(notice).not.toContainText(/SECURITY|AAAA|AppServices/);
      await expect(searchBox(page)).toHaveValue("");
    }
    await openApp(page, "?lang=fr&alert=AppServices_NoSuchAlert");
    await expect(notice).toContainText("L’alerte « \u2068AppServices_NoSuchAlert\u2069 » ne figure pas");
    // An ID-shaped value is searched for (issue 17); any other value stays out of the search box.
    await expect(searchBox(page)).toHaveValue("AppServices_NoSuchAlert");
    await expect(resultCount(page)).toHaveText("0 alerte sur 40");
  });
});

test.describe("fuzzed links", () => {
  const URLS = fuzzUrls(300);
  const CHUNK = 75;

  for (let start = 0; start < URLS.length; start += CHUNK) {
    test(`links ${start + 1}–${start + CHUNK}: no error, no dialog, nothing runs, a usable page`, async ({
      page,
    }) => {
      // About a minute for the three on an idle machine; far more room when it is shared.
      test.setTimeout(360_000);
      const watch = await watchPage(page);
      await openApp(page, "?lang=en");
      const { scripts } = await inertness(page);

      for (const { search, direct } of URLS.slice(start, start + CHUNK)) {
        if (direct) await page.goto(`./${search}`, { waitUntil: "commit" });
        else
          await page.evaluate((query) => {
            window.history.pushState(null, "", `${window.location.pathname}${query}`);
            window.dispatchEvent(new PopStateEvent("popstate"));
          }, search);
        await expect(resultCount(page), search).toHaveText(/\d/);
        expect(await inertness(page), search).toEqual({
          pwned: null,
          handlers: [],
          scriptLinks: 0,
          embedded: 0,
          scripts,
          searchable: true,
        });
      }
      expect(watch.dialogs).toEqual([]);
      expect(consoleErrors(watch)).toEqual([]);
      expect(await watch.violations()).toEqual([]);
    });
  }
});
