import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  headersFileHeadersFor,
  nginxHeadersFor,
  parseHeadersFile,
  parseNginx,
  type StaticWebAppConfig,
  staticWebAppHeadersFor,
} from "./deploy-config";
import {
  cspReportingHeaders,
  EXAMPLE_REPORT_ENDPOINT,
  expectedHeaders,
  IMMUTABLE,
  PROBE_PATHS,
  SECURITY_HEADERS,
  SITE_CSP,
} from "./security-policy";

const read = (name: string) => readFileSync(new URL(`../deploy/${name}`, import.meta.url), "utf8");

/** The header a config line sets: `add_header Name …` (nginx) or `Name: …` (_headers). */
const headerName = (line: string) => /^\s*(?:add_header\s+)?([A-Za-z0-9-]+)[:\s]/.exec(line)?.[1];
const OPTION = /^\s*#csp-report /;
/** A config with the CSP reporting option turned on, as its comment says: the marked lines replace theirs. */
function withCspReports(text: string): string {
  const lines = text.split("\n");
  const replaced = new Set(
    lines.filter((line) => OPTION.test(line)).map((line) => headerName(line.replace(OPTION, ""))),
  );
  return lines
    .filter((line) => !replaced.has(headerName(line)))
    .map((line) => line.replace(OPTION, "  "))
    .join("\n");
}

const readers = (change: (text: string) => string) => ({
  "nginx.conf": (path: string) => nginxHeadersFor(parseNginx(change(read("nginx.conf"))), path),
  "staticwebapp.config.json": (path: string) =>
    staticWebAppHeadersFor(JSON.parse(read("staticwebapp.config.json")) as StaticWebAppConfig, path),
  _headers: (path: string) => headersFileHeadersFor(parseHeadersFile(change(read("_headers"))), path),
});
const hosts = readers((text) => text);

describe("host configurations in deploy/", () => {
  for (const [file, headersFor] of Object.entries(hosts)) {
    it(`${file} sends every security header and cache rule, with the values of security-policy.ts`, () => {
      for (const path of PROBE_PATHS)
        expect(headersFor(path), `${file} ${path}`).toEqual(expectedHeaders(path));
    });
  }

  it("all three say the same thing for every path", () => {
    for (const path of PROBE_PATHS) {
      const [first, ...others] = Object.values(hosts).map((headersFor) => headersFor(path));
      for (const other of others) expect(other).toEqual(first);
    }
  });

  it("offer CSP reports as an option, the same in each, with the values of security-policy.ts", () => {
    const reporting = readers(withCspReports);
    for (const file of ["nginx.conf", "_headers"] as const)
      for (const path of PROBE_PATHS)
        expect(reporting[file](path), `${file} ${path}`).toEqual({
          ...expectedHeaders(path),
          ...cspReportingHeaders(EXAMPLE_REPORT_ENDPOINT),
        });
    // Static Web Apps' JSON has no comments: docs/deployment.md gives the two entries to add.
    const steps = readFileSync(new URL("../docs/deployment.md", import.meta.url), "utf8");
    for (const [name, value] of Object.entries(cspReportingHeaders(EXAMPLE_REPORT_ENDPOINT)))
      expect(steps).toContain(`${JSON.stringify(name)}: ${JSON.stringify(value)}`);
  });

  it("send the page's own policy, plus framing that only a header can forbid", () => {
    expect(SECURITY_HEADERS["Content-Security-Policy"]).toBe(`${SITE_CSP}; frame-ancestors 'none'`);
    expect(SECURITY_HEADERS["X-Frame-Options"]).toBe("DENY");
  });

  it("cache only the hashed bundles for long; the page, worker and catalog are always revalidated", () => {
    expect(expectedHeaders("/assets/index-AbC123.js")["Cache-Control"]).toBe(IMMUTABLE);
    for (const path of ["/", "/index.html", "/sw.js", "/catalog.json"])
      expect(expectedHeaders(path)["Cache-Control"]).toBe("no-cache");
  });
});

describe("config readers", () => {
  it("refuse a _headers file that would make a host join two values of one header", () => {
    const rules = parseHeadersFile("/*\n  Cache-Control: no-cache\n/assets/*\n  Cache-Control: max-age=1\n");
    expect(() => headersFileHeadersFor(rules, "/assets/a.js")).toThrow(/twice/);
    expect(headersFileHeadersFor(rules, "/index.html")).toEqual({ "Cache-Control": "no-cache" });
  });

  it("refuse an nginx add_header inside a location, which drops the server's headers there", () => {
    const conf = 'server {\n add_header A "1" always;\n location / { add_header B "2" always; }\n}';
    expect(() => parseNginx(conf)).toThrow(/location/);
  });

  it("refuse an nginx add_header without always, which skips error responses", () => {
    expect(() => parseNginx('server {\n add_header A "1";\n}')).toThrow(/always/);
  });

  it("let a Static Web Apps route override a global header", () => {
    const config = { globalHeaders: { A: "1", B: "1" }, routes: [{ route: "/x/*", headers: { B: "2" } }] };
    expect(staticWebAppHeadersFor(config, "/x/y")).toEqual({ A: "1", B: "2" });
    expect(staticWebAppHeadersFor(config, "/y")).toEqual({ A: "1", B: "1" });
  });
});
