/* The service worker, filled in at build time by build/vite-offline-plugin.ts.
 * Everything the app needs (page, code, styles, catalog, icons) is precached under a cache named
 * after a hash of those files, so a deployment that changes any of them is a new service worker.
 * Pages and files are served from that cache first: the app opens offline, and never half-updated.
 * A new version waits until the page asks it to take over (the "update ready" notice). */
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `alerts-${VERSION}`;
const scope = new URL(self.registration.scope);
const urls = PRECACHE.map((path) => new URL(path, scope).href);
/** The app's pages: a navigation to one of them (any query string) gets that page from the cache. */
const pages = new Map(
  ["", "index.html", "en/", "en/index.html"].map((path) => [
    new URL(path, scope).href,
    new URL(path.startsWith("en/") ? "en/index.html" : "index.html", scope).href,
  ]),
);

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(urls.map((url) => new Request(url, { cache: "reload" })))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith("alerts-") && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.href.startsWith(scope.href)) return;
  const path = `${url.origin}${url.pathname}`;
  // Any view of the app is one of its pages with a query string; other pages are not ours.
  const key = request.mode === "navigate" ? pages.get(path) : path;
  if (!key) return;
  event.respondWith(caches.open(CACHE).then(async (cache) => (await cache.match(key)) ?? fetch(request)));
});
