// `npm run bench` (after a build): times the built app in headless Chromium for the real catalog
// and synthetic ones of 2,000 and 10,000 alerts, prints medians, p95 and each size's floors, and
// checks that 50,000 alerts load and scroll to the last row. See scripts/bench.ts.
//   node scripts/bench.mjs [sizes=40,2000,10000,50000] [--samples]   (--samples: print every sample)
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
