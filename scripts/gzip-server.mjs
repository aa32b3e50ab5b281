// A static file server that compresses as real hosts do (gzip when the client accepts it), with
// the right content types and a 404 for anything missing: no directory listing, no SPA fallback.
// scripts/serve-static.mjs (http-server) only serves precompressed .gz files, so a page timed
// from it would download every byte uncompressed.
//   const { url, close } = await serveGzip(dir, port = 0, { tls = false })
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { createSecureServer } from "node:http2";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import selfsigned from "selfsigned";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest)|image\/svg)/;

/**
 * Serves `root` on 127.0.0.1; resolves once listening. Compressed bodies are kept, not redone per
 * request. With `tls`, over HTTPS and HTTP/2 as hosts serve (HTTP/1.1 for a client without it),
 * under a self-signed certificate made for the occasion: the browser must be told to accept it
 * (--ignore-certificate-errors).
 */
export async function serveGzip(dir, port = 0, { tls = false } = {}) {
  const root = resolve(dir);
  const gzipped = new Map();
  const handle = async (request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    const body = file.startsWith(root + sep) ? await readFile(file).catch(() => null) : null;
    if (!body) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const headers = { "Content-Type": type, "Cache-Control": "no-cache", Vary: "Accept-Encoding" };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
      response.writeHead(200, { ...headers, "Content-Encoding": "gzip" }).end(gzipped.get(file));
    } else {
      response.writeHead(200, headers).end(body);
    }
  };
  const server = tls
    ? createSecureServer({ ...(await certificate()), allowHTTP1: true }, handle)
    : createServer(handle);
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const url = `${tls ? "https" : "http"}://127.0.0.1:${server.address().port}`;
      resolve({ url, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

async function certificate() {
  const pems = await selfsigned.generate([{ name: "commonName", value: "127.0.0.1" }], {
    keyType: "ec",
    algorithm: "sha256",
  });
  return { key: pems.private, cert: pems.cert };
}
