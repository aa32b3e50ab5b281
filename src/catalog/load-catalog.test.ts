import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../build/catalog/build-catalog";
import { loadCatalog, readCatalog } from "./load-catalog";

const catalog = buildCatalog(
  readFileSync(new URL("../../build/catalog/source/app-service.fr.txt", import.meta.url), "utf8"),
  JSON.parse(
    readFileSync(new URL("../../build/catalog/source/app-service.en.json", import.meta.url), "utf8"),
  ),
);
const respond =
  (body: string, status = 200) =>
  async () =>
    new Response(body, { status });

describe("readCatalog", () => {
  it("accepts the built catalog", () => {
    expect(readCatalog(catalog)).toEqual({ ok: true, catalog });
  });
  it("says when the format is newer than the app", () => {
    expect(readCatalog({ ...catalog, schemaVersion: 2 })).toEqual({
      ok: false,
      problem: { kind: "newer", version: 2 },
    });
  });
  it("says what is wrong with a damaged catalog", () => {
    const damaged = structuredClone(catalog);
    (damaged.alerts[3] as { severity: string }).severity = "Critical";
    const result = readCatalog(damaged);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.kind === "corrupt" && result.problem.detail).toMatch(/severity/);
  });
  it("rejects duplicate IDs", () => {
    const doubled = { ...catalog, alerts: [...catalog.alerts, catalog.alerts[0]] };
    expect(readCatalog(doubled)).toMatchObject({ ok: false, problem: { kind: "corrupt" } });
  });
  it("rejects anything that is not a catalog", () => {
    for (const junk of [null, 42, "catalog", [], {}]) expect(readCatalog(junk).ok).toBe(false);
  });
});

describe("loadCatalog", () => {
  it("loads a good file", async () => {
    expect(await loadCatalog("x", respond(JSON.stringify(catalog)))).toMatchObject({ ok: true });
  });
  it("reports a missing file with its status", async () => {
    expect(await loadCatalog("x", respond("", 404))).toEqual({
      ok: false,
      problem: { kind: "missing", status: 404 },
    });
  });
  it("reports a file that is not JSON", async () => {
    expect(await loadCatalog("x", respond("{not json"))).toMatchObject({
      ok: false,
      problem: { kind: "corrupt" },
    });
  });
  it("reports a network failure", async () => {
    const offline = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await loadCatalog("x", offline)).toEqual({ ok: false, problem: { kind: "network" } });
  });
});
