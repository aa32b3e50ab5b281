import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import httpServer from "http-server";

/**
 * A private deployment for tests that change what is served (a redeploy): the built site copied
 * under a nested path of its own http-server, on a free port.
 */
export async function startSite(dist = "dist", mount = "/team/tools/alerts/") {
  const root = mkdtempSync(join(tmpdir(), "alerts-deploy-"));
  const dir = join(root, mount);
  cpSync(dist, dir, { recursive: true });
  const server = httpServer.createServer({ root, cache: -1, showDir: "false" });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    /** Rewrites a deployed file, as a new deployment would. */
    edit(file: string, change: (text: string) => string) {
      const path = join(dir, file);
      writeFileSync(path, change(readFileSync(path, "utf8")));
    },
    /** Reads a deployed file. */
    read: (file: string) => readFileSync(join(dir, file), "utf8"),
    /** Writes a deployed file, new or not. */
    write(file: string, text: string) {
      writeFileSync(join(dir, file), text);
    },
    /** Deletes a deployed file, as a broken deployment would. */
    remove(file: string) {
      rmSync(join(dir, file), { force: true });
    },
    stop() {
      server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
