// Serves a built site the way a plain static host would: the files copied under a nested path of
// a real static file server (http-server), nothing rewritten, no fallbacks.
//   node scripts/serve-static.mjs [dir=dist] [path=/any/nested/path/] [port=4173]
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import httpServer from "http-server";

const [dir = "dist", mount = "/any/nested/path/", port = "4173"] = process.argv.slice(2);
const root = mkdtempSync(join(tmpdir(), "alerts-site-"));
cpSync(dir, join(root, mount), { recursive: true });

const server = httpServer.createServer({ root, cache: -1, showDir: "false" });
server.listen(Number(port), "127.0.0.1", () => {
  console.log(`serving ${dir} at http://127.0.0.1:${port}${mount}`);
});
const stop = () => {
  server.close();
  rmSync(root, { recursive: true, force: true });
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
