/* The service worker, filled in at build time by build/vite-offline-plugin.ts.
 * Everything the app needs (page, code, styles, catalog, icons) is precached under a cache named
 * after its scope and a hash of those files, so a deployment that changes any of them is a new
 * service worker. Pages and files are served from that cache first: the app opens offline, and never
 * half-updated. A new version waits until the page asks it to take over (the "update ready" notice). */
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const scope = new URL(self.registration.scope);
/** Named for the scope: two deployments on one origin (/prod/, /staging/) never touch each other's. */
const PREFIX = `alerts ${scope.href} `;
const CACHE = `${PREFIX}${VERSION}`;
const urls = PRECACHE.map((path) => new URL(path, scope).href);
/** The app's pages: a navigation to one of them (any query string) gets that page from the cache. */
const pages = new Map(
  ["", "index.html", "en/", "en/index.html"].map((path) => [
    new URL(path, scope).href,
    new URL(path.startsWith("en/") ? "en/index.html" : "index.html", scope).href,
  ]),
);

/**
 * This scope's caches: those named for it, and those named before scopes were ("alerts-<hash>")
 * that hold this scope's page. deploy/retire/sw.js, the kill switch, picks them the same way.
 */
async function ownCaches() {
  const page = new URL("index.html", scope).href;
  const keys = await caches.keys();
  const legacy = await Promise.all(
    keys.map((key) => key.startsWith("alerts-") && caches.match(page, { cacheName: key })),
  );
  return keys.filter((key, index) => key.startsWith(PREFIX) || legacy[index]);
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(urls.map((url) => new Request(url, { cache: "reload" })))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    ownCaches()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
  // The page found the site gone (sw.js answers 404 or 410) and unregisters: leave nothing behind.
  if (event.data === "retire")
    event.waitUntil(ownCaches().then((keys) => Promise.all(keys.map((key) => caches.delete(key)))));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  // The page asked for the server's answer (Retry on the error screen): the network decides.
  if (request.cache === "reload" || request.cache === "no-store") return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.href.startsWith(scope.href)) return;
  const path = `${url.origin}${url.pathname}`;
  // Any view of the app is one of its pages with a query string; other pages are not ours.
  const key = request.mode === "navigate" ? pages.get(path) : path;
  if (!key) return;
  // match() with a cacheName does not create the cache, which a retired worker has deleted.
  event.respondWith(caches.match(key, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});
