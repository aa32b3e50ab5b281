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
const indexUrl = new URL("index.html", scope).href;

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
  // Any view of the app is the same page with another query string.
  const key = request.mode === "navigate" ? indexUrl : `${url.origin}${url.pathname}`;
  event.respondWith(caches.open(CACHE).then(async (cache) => (await cache.match(key)) ?? fetch(request)));
});
