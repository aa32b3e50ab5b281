// `npm run bench` (after a build): times the built app in headless Chromium for catalogs of 40,
// 1,000, 10,000 and 50,000 alerts and prints medians and p95; see README, "Performance".
//   node scripts/bench.mjs [sizes=40,1000,10000,50000] [--samples]   (--samples: print every sample)
// The benchmark is TypeScript (scripts/bench.ts); Vite's module runner loads it, as Node 20 cannot.
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

process.noDeprecation = true; // http-server touches a response field Node 20 deprecates
const root = fileURLToPath(new URL("..", import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL("./bench.ts", import.meta.url)), {
  configFile: false,
  logLevel: "silent",
  root,
});
await module.main(process.argv.slice(2));
