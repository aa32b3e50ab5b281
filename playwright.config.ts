import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./e2e/support/find-chromium";

/** E2E_PORT lets two checkouts on one machine run their suites side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4174);
/** The built site is served from a nested path, as a team would host it among other tools. */
const MOUNT = "/any/nested/path/";
const executablePath = findChromium();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // Playwright's documented setting for CI: a test that fails and then passes is listed as flaky,
  // with its failed try's trace, instead of failing the run (a full run on two cores has rare ones).
  retries: process.env.CI ? 1 : 0,
  // Two cores run two browsers plus axe: allow for a slow machine without hiding a missing element.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}${MOUNT}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  // The built site as it deploys (`npm test` builds first), copied under a nested path of a plain
  // static file server. Never reused: a running server would hold an older copy of dist/.
  webServer: {
    command: `node scripts/serve-static.mjs dist ${MOUNT} ${PORT}`,
    url: `http://127.0.0.1:${PORT}${MOUNT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
