import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { headersFileHeadersFor, parseHeadersFile } from "../../build/deploy-config";

/** Content types by file extension, for the test servers that serve dist/ themselves. */
export const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/**
 * The built site as Netlify or Cloudflare Pages would serve it: dist/ at the root of its own
 * origin, every response with the headers deploy/_headers gives its path (as the unit test
 * reads them). What a page cannot set itself (frame-ancestors, Permissions-Policy…) is then real.
 */
export async function startHostSite(built = "dist") {
  const dist = mkdtempSync(join(tmpdir(), "alerts-host-"));
  cpSync(built, dist, { recursive: true });
  const rules = parseHeadersFile(readFileSync("deploy/_headers", "utf8"));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://host").pathname);
    const file = normalize(join(dist, path.endsWith("/") ? `${path}index.html` : path));
    const headers = headersFileHeadersFor(rules, path);
    let body: Buffer;
    try {
      if (!file.startsWith(normalize(dist)) || !statSync(file).isFile()) throw new Error("not a file");
      body = readFileSync(file);
    } catch {
      response.writeHead(404, { ...headersFileHeadersFor(rules, "/404"), "Content-Type": "text/plain" });
      response.end("not found");
      return;
    }
    response.writeHead(200, {
      ...headers,
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => server.close(() => resolve())).then(() =>
        rmSync(dist, { recursive: true, force: true }),
      ),
  };
}
