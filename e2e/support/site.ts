import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve, sep } from "node:path";
import { headersFileHeadersFor, parseHeadersFile } from "../../build/deploy-config";

/**
 * A private deployment of the built site, for journeys that need their own: a changed or broken
 * catalog, a redeploy, a slow network, or the headers a real host adds. The site is a copy of
 * dist/ (so a test may change it freely) served by a plain static file server on a free port:
 * files as they are, a directory's index.html, 404 for anything else, nothing rewritten.
 *
 * (The shared server of playwright.config.ts is scripts/serve-static.mjs: http-server, the
 * plainest static host, serving dist/ under a nested path.)
 */
export interface SiteOptions {
  /** The built site to copy. */
  dist?: string;
  /** Where the site sits on its origin: "/" for an origin of its own, or a nested path. */
  mount?: string;
  /** Files to add or replace before the site starts, by path inside the site: a synthetic catalog.json… */
  files?: Record<string, string | Buffer>;
  /**
   * Sends every response with the headers deploy/_headers gives its path, as Netlify or
   * Cloudflare Pages would; without it, responses carry only a content type and `no-store`.
   */
  hostHeaders?: boolean;
}

export interface Site {
  /** The page's address, ending with the mount path. */
  url: string;
  /** A deployed file's text. */
  read(file: string): string;
  /** Writes a deployed file, new or not, as a new deployment would. */
  write(file: string, content: string | Buffer): void;
  /** Rewrites a deployed file. */
  edit(file: string, change: (text: string) => string): void;
  /** Deletes a deployed file, as a broken deployment would. */
  remove(file: string): void;
  /**
   * Holds the answers for `file`, as a slow link would: the status, the headers and the first
   * `sentBytes` bytes go out, the rest waits for `release()`. `requested` resolves once the
   * browser has asked for the file.
   */
  hold(file: string, sentBytes?: number): { requested: Promise<void>; release: () => void };
  stop(): Promise<void>;
}

/** Content types by extension, as a static host sends them. */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

/**
 * The origins of the sites running in this worker: a page of one of them talks to its own origin,
 * which the `consoleErrors` fixture must not count as a request to another.
 */
export const siteOrigins = new Set<string>();

/** A promise and the function that resolves it. */
function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

interface Held {
  sentBytes: number;
  released: Promise<void>;
  onRequest: () => void;
}

export async function startSite({
  dist = "dist",
  mount = "/team/tools/alerts/",
  files = {},
  hostHeaders = false,
}: SiteOptions = {}): Promise<Site> {
  if (!mount.startsWith("/") || !mount.endsWith("/"))
    throw new Error(`mount must start and end with /: ${mount}`);
  const root = mkdtempSync(join(tmpdir(), "alerts-site-"));
  cpSync(dist, root, { recursive: true });
  /** The absolute path of a file of the site, refusing anything outside it. */
  const inSite = (file: string) => {
    const path = resolve(root, `.${file.startsWith("/") ? "" : "/"}${file}`);
    if (path !== root && !path.startsWith(root + sep)) throw new Error(`outside the site: ${file}`);
    return path;
  };
  const write = (file: string, content: string | Buffer) => {
    const path = inSite(file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  };
  for (const [file, content] of Object.entries(files)) write(file, content);

  const rules = hostHeaders ? parseHeadersFile(readFileSync("deploy/_headers", "utf8")) : [];
  const headersFor = (path: string): Record<string, string> =>
    hostHeaders ? headersFileHeadersFor(rules, path) : { "Cache-Control": "no-store" };
  const held = new Map<string, Held>();

  const server = createServer((request, response) => {
    const notFound = () => {
      response.writeHead(404, { ...headersFor("/404"), "Content-Type": "text/plain; charset=utf-8" });
      response.end("not found");
    };
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://site").pathname);
    } catch {
      response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("bad request");
      return;
    }
    if (`${pathname}/` === mount) {
      response.writeHead(301, { Location: mount });
      response.end();
      return;
    }
    if (!pathname.startsWith(mount)) return notFound();
    /** The path inside the site, from its root: "/", "/catalog.json", "/assets/x.js". */
    const path = `/${pathname.slice(mount.length)}`;
    let file: string;
    try {
      file = inSite(path.endsWith("/") ? `${path}index.html` : path);
      if (statSync(file).isDirectory()) {
        response.writeHead(301, { Location: `${pathname}/` });
        response.end();
        return;
      }
    } catch {
      return notFound();
    }
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return notFound();
    }
    response.writeHead(200, {
      ...headersFor(path),
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Length": String(body.length),
    });
    if (request.method === "HEAD") return response.end();
    const hold = held.get(path);
    if (!hold) return response.end(body);
    hold.onRequest();
    response.write(body.subarray(0, hold.sentBytes));
    void hold.released.then(() => response.end(body.subarray(hold.sentBytes)));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  const releases = new Set<() => void>();
  const origin = `http://127.0.0.1:${port}`;
  siteOrigins.add(origin);

  return {
    url: `${origin}${mount}`,
    read: (file) => readFileSync(inSite(file), "utf8"),
    write,
    edit: (file, change) => write(file, change(readFileSync(inSite(file), "utf8"))),
    remove: (file) => rmSync(inSite(file), { force: true }),
    hold(file, sentBytes = 0) {
      const released = deferred();
      const requested = deferred();
      const path = `/${file.replace(/^\//, "")}`;
      held.set(path, { sentBytes, released: released.promise, onRequest: requested.resolve });
      const release = () => {
        held.delete(path);
        releases.delete(release);
        released.resolve();
      };
      releases.add(release);
      return { requested: requested.promise, release };
    },
    async stop() {
      for (const release of [...releases]) release();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(root, { recursive: true, force: true });
      siteOrigins.delete(origin);
    },
  };
}
