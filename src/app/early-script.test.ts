// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import earlyScript from "../early.js?raw";
import { initialLanguage, LANGUAGE_STORAGE_KEY } from "./use-language";
import { THEME_STORAGE_KEY } from "./use-theme";

/** The document listeners the last visit's script added: the next visit, a fresh page, has none of them. */
const listeners: Parameters<Document["removeEventListener"]>[] = [];

/** Runs src/early.js as a page would, its document listeners recorded so the next visit can drop them. */
function runEarlyScript() {
  for (const listener of listeners.splice(0)) document.removeEventListener(...listener);
  const add = document.addEventListener;
  document.addEventListener = (...listener: Parameters<Document["addEventListener"]>) => {
    listeners.push(listener);
    add.apply(document, listener);
  };
  try {
    new Function(earlyScript)();
  } finally {
    document.addEventListener = add;
  }
}

/** A visit to a page (prerendered in `pageLanguage`, or not) at `search`: what src/early.js decides. */
function visit(
  search: string,
  { pageLanguage = "fr" as "fr" | "en" | null, saved = null as string | null, browser = ["fr-FR"] } = {},
) {
  const html = document.documentElement;
  for (const name of [...html.getAttributeNames()]) html.removeAttribute(name);
  if (pageLanguage) {
    html.lang = pageLanguage;
    html.setAttribute("data-prerendered", "");
    if (pageLanguage === "en") html.dataset.pinnedLang = "en";
  }
  window.history.replaceState(null, "", `/alerts/${search}`);
  window.localStorage.clear();
  if (saved) window.localStorage.setItem(LANGUAGE_STORAGE_KEY, saved);
  Object.defineProperty(window.navigator, "languages", { value: browser, configurable: true });
  runEarlyScript();
  return {
    stale: html.hasAttribute("data-stale"),
    js: html.classList.contains("js"),
    theme: html.dataset.theme,
  };
}

afterEach(() => window.localStorage.clear());

describe("src/early.js", () => {
  it("leaves a prerendered page showing when the link asks for its default view", () => {
    expect(visit("").stale).toBe(false);
    expect(visit("?lang=fr").stale).toBe(false);
    expect(visit("?lang=en", { pageLanguage: "en" }).stale).toBe(false);
    expect(visit("", { pageLanguage: "en", browser: ["fr-FR"], saved: "fr" }).stale).toBe(false);
  });

  it("hides a prerendered page whose view is not the link's: filters, an alert, another language", () => {
    expect(visit("?severity=High").stale).toBe(true);
    expect(visit("?alert=AppServices_CurlToDisk").stale).toBe(true);
    expect(visit("?lang=en").stale).toBe(true);
    expect(visit("?lang=fr", { pageLanguage: "en" }).stale).toBe(true);
    expect(visit("", { saved: "en" }).stale).toBe(true);
    expect(visit("", { browser: ["en-GB", "fr"] }).stale).toBe(true);
  });

  it("agrees with the app on the language a visit starts in", () => {
    const cases: [string, { pageLanguage?: "fr" | "en"; saved?: string | null; browser?: string[] }][] = [
      ["", {}],
      ["?lang=EN", {}],
      ["", { saved: "en" }],
      ["", { saved: "klingon", browser: ["de", "en-US"] }],
      ["", { pageLanguage: "en", saved: "fr" }],
      ["?lang=fr", { pageLanguage: "en" }],
      ["", { browser: [] }],
    ];
    for (const [search, options] of cases) {
      const { stale } = visit(search, options);
      const language = initialLanguage();
      expect(stale, `${search} ${JSON.stringify(options)}`).toBe(language !== (options.pageLanguage ?? "fr"));
    }
  });

  /** Presses `selector`'s element: whether its mousedown and its click were held (default prevented). */
  const press = (selector: string) => {
    const target = document.querySelector(selector) as Element;
    const events = ["mousedown", "click"].map(
      (type) => new MouseEvent(type, { bubbles: true, cancelable: true }),
    );
    for (const event of events) target.dispatchEvent(event);
    return events.map((event) => event.defaultPrevented);
  };

  it("holds presses on a prerendered page until the app has taken it over", () => {
    visit("");
    document.body.innerHTML = `<div id="root"><input type="checkbox" /></div>`;
    expect(press("#root input")).toEqual([true, true]);
    document.documentElement.dataset.ready = "";
    expect(press("#root input")).toEqual([false, false]);
    document.body.replaceChildren();
  });

  it("lets the search box take the focus and keys at once, unless the app will draw the page anew", () => {
    document.body.innerHTML = `<div id="root"><input id="alert-search" type="search" /><button></button></div>`;
    visit("");
    expect(press("#alert-search")).toEqual([false, false]);
    expect(press("#root button")).toEqual([true, true]);
    // A stale page is drawn again by the app: what its box held would be lost.
    visit("?severity=High");
    expect(press("#alert-search")).toEqual([true, true]);
    document.body.replaceChildren();
  });

  it("marks the page as running JavaScript and applies the saved theme, also on a page that is not prerendered", () => {
    window.localStorage.setItem(THEME_STORAGE_KEY, "dark");
    runEarlyScript();
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(visit("", { pageLanguage: null }).js).toBe(true);
  });
});
