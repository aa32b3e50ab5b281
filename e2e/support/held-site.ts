import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { TYPES } from "./host-site";

/**
 * The built site on a server that sends `catalog.json` in two parts: the first `headBytes`, then
 * nothing until `release()` — a slow link frozen mid-download, so a journey can look at the page
 * while only the first part of a large catalog has arrived.
 */
export async function startHeldSite(catalogJson: string, headBytes: number, dist = "dist") {
  const root = mkdtempSync(join(tmpdir(), "alerts-held-"));
  cpSync(dist, root, { recursive: true });
  writeFileSync(join(root, "catalog.json"), catalogJson);
  const body = Buffer.from(catalogJson);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    const file = path.endsWith("/") ? `${path}index.html` : path;
    const headers = {
      "cache-control": "no-store",
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    };
    if (file === "/catalog.json") {
      response.writeHead(200, headers);
      response.write(body.subarray(0, headBytes));
      void released.then(() => response.end(body.subarray(headBytes)));
      return;
    }
    try {
      const content = readFileSync(join(root, file));
      response.writeHead(200, headers);
      response.end(content);
    } catch {
      response.writeHead(404, headers);
      response.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    /** Sends the rest of the catalog. */
    release: () => release(),
    stop() {
      release();
      server.closeAllConnections();
      server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
