/**
 * Registers the service worker of the built site and reports when a new deployment has been
 * downloaded and is waiting. Nothing is registered in development, in the single-file build or
 * over file://, where service workers do not exist.
 */
/** The page's CSP enforces Trusted Types (see build/security-policy.ts), which cover a worker's URL. */
interface TrustedScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: TrustedScriptUrlPolicy): TrustedScriptUrlPolicy;
}
/**
 * The one policy the CSP names ("trusted-types service-worker"): it passes our worker's URL, nothing
 * else. Made once per page, as a policy name can be taken only once.
 */
let workerUrlPolicy: TrustedScriptUrlPolicy | undefined;
function trustedWorkerUrl(workerUrl: string): string {
  const factory = (window as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return workerUrl;
  workerUrlPolicy ??= factory.createPolicy("service-worker", {
    createScriptURL: (url) => {
      if (url !== workerUrl) throw new TypeError(`not the service worker: ${url}`);
      return url;
    },
  });
  return workerUrlPolicy.createScriptURL(workerUrl) as string; // a TrustedScriptURL, which register() takes
}

/**
 * An update check failed: when the server says sw.js is gone (404) or gone for good (410), the site
 * was removed or replaced, and the worker would otherwise keep serving it from its cache in every
 * new tab. The worker clears its caches; the page unregisters it. Offline or a server error: keep it.
 */
async function retireIfGone(registration: ServiceWorkerRegistration, workerUrl: string): Promise<void> {
  const response = await fetch(workerUrl, { cache: "no-store" }).catch(() => null);
  if (response?.status !== 404 && response?.status !== 410) return;
  registration.active?.postMessage("retire");
  await registration.unregister();
}

/** Registers `workerUrl` (sw.js at the site's root, whose folder is its scope). */
export function registerServiceWorker(workerUrl: string, onUpdateReady: (apply: () => void) => void): void {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  const container = navigator.serviceWorker;
  let applying = false;

  const offer = (worker: ServiceWorker) =>
    onUpdateReady(() => {
      applying = true;
      worker.postMessage("skip-waiting");
    });

  // The new worker takes control only when the user asked: then load the new version.
  container.addEventListener("controllerchange", () => {
    if (applying) window.location.reload();
  });

  container
    .register(trustedWorkerUrl(workerUrl), { updateViaCache: "none" })
    .then((registration) => {
      if (registration.waiting && container.controller) offer(registration.waiting);
      registration.addEventListener("updatefound", () => {
        const incoming = registration.installing;
        incoming?.addEventListener("statechange", () => {
          // With no controller this is the first install, not an update.
          if (incoming.state === "installed" && container.controller) offer(incoming);
        });
      });
      // Look for a new deployment on each visit the worker served, whenever the tab comes back,
      // and every hour while it stays open.
      const check = () => registration.update().catch(() => retireIfGone(registration, workerUrl));
      if (container.controller) void check();
      document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && check());
      window.setInterval(check, 60 * 60 * 1000);
    })
    .catch(() => undefined); // offline support is a bonus: the app works without it
}
