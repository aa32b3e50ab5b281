// Runs in <head> before the first paint; a file of its own, as the CSP forbids inline scripts.
// - Marks the page as running JavaScript: without it, a prerendered page reads as a plain reference
//   (the nojs: variant of src/index.css).
// - Applies the saved or system theme, so the page never flashes the other one.
// - Holds presses on a prerendered page's controls until the app answers them, but for its search
//   box: it takes the focus and keys at once, and the app searches what it holds once it has taken
//   the page over (a stale page's box is drawn anew, and is held like the rest).
// - Marks a prerendered page stale when the link asks for another view than the one it holds (any
//   parameter but lang, or another language): it stays hidden until the app has drawn that view.
// - Starts a prerendered page's app once its first paint is on screen, or as soon as the page is
//   parsed when it is stale and hidden anyway: adds its module preloads, kept inert in
//   template[data-app-modules] until then (build/vite-prerender-plugin.ts), and imports its
//   libraries' chunks one task at a time, then its entry. Measured: the page's largest start-up task
//   16–17 → 8–10 ms; preloaded from the head, the modules put an English page's Lighthouse LCP at
//   2.0 s for a paint at 0.24 s.
// The rules are those of src/app/use-theme.ts and use-language.ts; early-script.test.ts checks it.
(() => {
  const html = document.documentElement;
  html.classList.add("js");
  const stored = (key) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const theme = stored("appservice-alerts.theme");
  const dark = matchMedia("(prefers-color-scheme: dark)").matches;
  html.dataset.theme = theme === "light" || theme === "dark" ? theme : dark ? "dark" : "light";
  if (!html.hasAttribute("data-prerendered")) return;

  const params = new URLSearchParams(location.search);
  const known = (value) => (value === "fr" || value === "en" ? value : null);
  const browser = (navigator.languages || []).map((tag) => known(tag.toLowerCase().split("-")[0]));
  const language =
    known(params.get("lang")?.trim().toLowerCase()) ??
    html.dataset.pinnedLang ??
    known(stored("appservice-alerts.language")) ??
    browser.find(Boolean) ??
    "fr";
  const stale = [...params.keys()].some((key) => key !== "lang") || language !== html.lang;
  if (stale) html.dataset.stale = "";

  // Until the app has taken the page over (html[data-ready]), its controls would not answer: a press
  // (mouse, touch, or Enter and Space, which click) does nothing, rather than tick a box the app then
  // unticks. Listeners rather than a CSS rule, whose lifting would restyle the whole page at once.
  const untilReady = (event) => {
    if (html.hasAttribute("data-ready")) return;
    if (!stale && event.target.closest?.("#alert-search")) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  for (const type of ["mousedown", "click"]) document.addEventListener(type, untilReady, true);

  // The app's modules, fetched from here on (the template precedes this script in <head>).
  const fetchModules = () => {
    const modules = document.querySelector("template[data-app-modules]");
    if (modules) document.head.append(modules.content);
  };
  // A stale page paints nothing until the app has drawn: its modules come while it is parsed.
  if (stale) fetchModules();
  const start = () => {
    fetchModules();
    const entry = document.querySelector("link[data-app-entry]");
    if (!entry) return;
    // The libraries' chunks first, each run in a task of its own, then the app's: run together, the
    // whole module graph was one long task.
    const chunks = [...document.querySelectorAll("link[rel=modulepreload]:not([data-app-entry])")];
    const nextTask = () => new Promise((resolve) => setTimeout(resolve));
    chunks
      .reduce((previous, chunk) => previous.then(() => import(chunk.href)).then(nextTask), Promise.resolve())
      .then(() => import(entry.href))
      // An app that cannot load leaves a plain page: its links and boxes answer as they are.
      .catch(() => (html.dataset.ready = ""));
  };
  let started = false;
  const startOnce = () => {
    if (!started) start();
    started = true;
  };
  // Once the first paint is on screen (every browser Tailwind v4 supports reports it): the app's work
  // would slow that frame down on a device with few cores. In a background tab, where nothing is
  // shown, after a while.
  const afterPaint = () => {
    new PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName("first-contentful-paint").length === 0) return;
      observer.disconnect();
      setTimeout(startOnce);
    }).observe({ type: "paint", buffered: true });
    setTimeout(startOnce, 3000);
  };
  document.addEventListener("DOMContentLoaded", stale ? startOnce : afterPaint, { once: true });
})();
