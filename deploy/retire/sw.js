/* The kill switch: deploy this file as sw.js, in place of the app's, to retire the app's service
 * worker (docs/deployment.md, "Retiring a deployment"). Every browser that has the app installs it
 * at its next update check (a page load or an hour), deletes the app's offline copy for this folder,
 * unregisters, and reloads its open tabs from the server, which then shows whatever it now serves.
 * It picks its caches as src/offline/service-worker.js does. */
const scope = self.registration.scope;

async function ownCaches() {
  const page = new URL("index.html", scope).href;
  const keys = await caches.keys();
  const legacy = await Promise.all(
    keys.map((key) => key.startsWith("alerts-") && caches.match(page, { cacheName: key })),
  );
  return keys.filter((key, index) => key.startsWith(`alerts ${scope} `) || legacy[index]);
}

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all((await ownCaches()).map((key) => caches.delete(key)));
      await self.registration.unregister();
      const tabs = await self.clients.matchAll({ type: "window" });
      await Promise.all(tabs.map((tab) => tab.navigate(tab.url).catch(() => undefined)));
    })(),
  );
});
