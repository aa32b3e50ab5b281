import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import chromiumArgs from "./chromium-args.json" with { type: "json" };

/**
 * Tests use whichever Chromium is here: one named in CHROMIUM_PATH, a system Chromium (Debian's
 * package), or Playwright's own download. Browsers cannot always be downloaded, so we say exactly
 * what to install rather than fail with a stack trace.
 */
const SYSTEM_CHROMIUMS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined; // Playwright finds its own
  throw new Error(
    [
      "No Chromium found for the browser tests. Install one of:",
      "  - Debian/Ubuntu: apt-get install -y chromium   (gives /usr/bin/chromium)",
      "  - Playwright's own build: npx playwright install chromium",
      "or set CHROMIUM_PATH=/path/to/chromium.",
    ].join("\n"),
  );
}

/** Flags for a root user on a closed network: no sandbox, no GPU, no calls home (shared with scripts/). */
export const CHROMIUM_ARGS: string[] = chromiumArgs;
