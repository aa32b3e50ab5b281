import { createHash } from "node:crypto";

/**
 * The security policy of the built app, in one place: the Content Security Policy the build writes
 * into index.html, and the headers a host must add because a page cannot set them itself. The
 * host configurations in deploy/ state the same values; deploy-config.test.ts keeps them in step.
 */

export type CspDirectives = Record<string, readonly string[]>;

/**
 * The site (dist/): only its own files. No inline script or style anywhere (React's `style`
 * props go through the CSSOM, which CSP does not restrict); the catalog is fetched from the
 * same folder; the service worker is its own file. Downloads of exports are navigations to blob:
 * URLs, which CSP does not govern, so blob: appears nowhere. Trusted Types make any DOM sink that
 * takes a string of markup, code or script URL (innerHTML, script.text, script.src…) throw instead
 * of running it; the app uses none but the service worker's registration, through a named policy.
 */
export const SITE_CSP_DIRECTIVES: CspDirectives = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'"],
  "img-src": ["'self'"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'"],
  "manifest-src": ["'self'"],
  "frame-src": ["'none'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  "require-trusted-types-for": ["'script'"],
  // The one Trusted Types policy: it lets the service worker's URL through (register-service-worker.ts).
  "trusted-types": ["service-worker"],
};

export const serializeCsp = (directives: CspDirectives): string =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");

export const SITE_CSP = serializeCsp(SITE_CSP_DIRECTIVES);

/** A CSP hash source for an inline element's text, as browsers compute it (newlines normalised). */
export const cspHash = (text: string): string =>
  `'sha256-${createHash("sha256").update(text.replace(/\r\n?/g, "\n")).digest("base64")}'`;

/**
 * The single file (dist-single/index.html) has nothing but itself: its one script and one
 * stylesheet are inline, allowed by hash; the icon is a data: URL; the catalog is a JSON data
 * block, which is never executed and so needs no source. Nothing may be fetched.
 */
export function singleFileCspDirectives(
  scripts: readonly string[],
  styles: readonly string[],
): CspDirectives {
  return {
    "default-src": ["'none'"],
    "script-src": scripts.map(cspHash),
    "style-src": styles.map(cspHash),
    "img-src": ["data:"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "require-trusted-types-for": ["'script'"],
    "trusted-types": ["'none'"],
  };
}

/**
 * What only a host can send: framing (frame-ancestors is ignored in a meta policy), MIME
 * sniffing, referrers, powerful features, cross-origin isolation of the window and its files.
 * The header CSP repeats the page's own policy and adds frame-ancestors; browsers enforce both.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": `${SITE_CSP}; frame-ancestors 'none'`,
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy":
    "accelerometer=(), autoplay=(), camera=(), clipboard-read=(), clipboard-write=(self), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Strict-Transport-Security": "max-age=31536000",
};

/**
 * CSP reports, for a deployment that opts in: the policy names an endpoint that collects what it
 * blocked. `report-to` (with Reporting-Endpoints) is what Chromium uses; `report-uri`, deprecated, is
 * what Firefox and Safari still read. The host configurations carry these as commented-out lines.
 */
export const EXAMPLE_REPORT_ENDPOINT = "https://csp-reports.example.internal/alerts";
export const cspReportingHeaders = (endpoint: string): Record<string, string> => ({
  "Content-Security-Policy": `${SECURITY_HEADERS["Content-Security-Policy"]}; report-uri ${endpoint}; report-to csp`,
  "Reporting-Endpoints": `csp="${endpoint}"`,
});

/**
 * Cache rules. Bundles under assets/ have a content hash in their name and never change. Every
 * other file keeps its name from one deployment to the next (the page, the service worker, the
 * catalog, the manifest), so it is revalidated on every use: a new deployment is seen at once,
 * and the service worker (which also bypasses the HTTP cache) notices its own update.
 */
export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";
export const cacheControlFor = (path: string): string =>
  /\/assets\/[^/]+$/.test(path) ? IMMUTABLE : REVALIDATE;

/** The paths whose headers the host configurations must agree on (relative to the app's folder). */
export const PROBE_PATHS = [
  "/",
  "/index.html",
  "/en/",
  "/en/index.html",
  "/early.js",
  "/sw.js",
  "/catalog.json",
  "/manifest.webmanifest",
  "/assets/index-AbC123.js",
  "/assets/index-AbC123.css",
] as const;

/** Every header a host should send for a file of the app. */
export const expectedHeaders = (path: string): Record<string, string> => ({
  ...SECURITY_HEADERS,
  "Cache-Control": cacheControlFor(path),
});
