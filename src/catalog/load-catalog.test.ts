import { describe, expect, it } from "vitest";
import { loadCatalog, loadChanges, loadNotes, readCatalog } from "./load-catalog";
import { realCatalog as catalog } from "./test-catalog";

const respond =
  (body: string, status = 200) =>
  async () =>
    new Response(body, { status });

describe("readCatalog", () => {
  it("accepts the built catalog", () => {
    expect(readCatalog(catalog)).toEqual({ ok: true, catalog });
  });
  it("says when the format is newer than the app", () => {
    expect(readCatalog({ ...catalog, schemaVersion: 4 })).toEqual({
      ok: false,
      problem: { kind: "newer", version: 4 },
    });
  });
  it("still reads a version 2 catalog, written before the ATT&CK mapping", () => {
    const { attack, ...page } = catalog.page;
    const alerts = catalog.alerts.map(({ techniques, noTechnique, ...alert }) => alert);
    const result = readCatalog({ ...catalog, schemaVersion: 2, page, alerts });
    expect(result.ok && result.catalog.alerts[0]?.techniques).toEqual([]);
  });
  it("names a format version it does not know, older or malformed, rather than calling the file damaged", () => {
    for (const [version, shown] of [
      [1, "1"],
      [2.5, "2.5"],
      ["2", "2"],
      [null, "null"],
      [{}, "{}"],
    ] as const) {
      expect(readCatalog({ ...catalog, schemaVersion: version }), shown).toEqual({
        ok: false,
        problem: { kind: "unknownVersion", version: shown },
      });
    }
  });
  it("reads an alert written without the version 2 fields as active, with no errata", () => {
    const { status, statusSince, statusSource, titleSource, errata, ...plain } = catalog
      .alerts[0] as (typeof catalog.alerts)[0];
    const result = readCatalog({ ...catalog, alerts: [plain] });
    expect(result.ok && result.catalog.alerts[0]).toMatchObject({ status: "active", errata: [] });
  });
  it("says what is wrong with a damaged catalog", () => {
    const damaged = structuredClone(catalog);
    (damaged.alerts[3] as { severity: string }).severity = "Critical";
    const result = readCatalog(damaged);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.kind === "corrupt" && result.problem.detail).toMatch(/severity/);
  });
  it("refuses a control character in an ID, a title or a description, and says which and where", () => {
    const cases = [
      ["id", "AppServices_Curl\u0000ToDisk", /U\+0000[\s\S]*alerts\.2\.id/],
      ["title", { fr: "Titre\n# Titre injecté", en: "Title" }, /U\+000A[\s\S]*alerts\.2\.title\.fr/],
      ["description", { fr: "Texte", en: "Text \u001b[31m red" }, /U\+001B[\s\S]*alerts\.2\.description\.en/],
      ["description", { fr: "Texte\u0085suite", en: "Text" }, /U\+0085/],
    ] as const;
    for (const [field, value, message] of cases) {
      const damaged = structuredClone(catalog);
      Object.assign(damaged.alerts[2] as object, { [field]: value });
      const result = readCatalog(damaged);
      expect(!result.ok && result.problem.kind === "corrupt" && result.problem.detail, field).toMatch(
        message,
      );
    }
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
  it("revalidates by default, and asks the server itself when told to (Retry)", async () => {
    const modes: (RequestCache | undefined)[] = [];
    const spy = async (_url: RequestInfo | URL, init?: RequestInit) => {
      modes.push(init?.cache);
      return new Response(JSON.stringify(catalog));
    };
    await loadCatalog("x", spy);
    await loadCatalog("x", spy, "reload");
    expect(modes).toEqual(["no-cache", "reload"]);
  });
  it("reports a network failure", async () => {
    const offline = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await loadCatalog("x", offline)).toEqual({ ok: false, problem: { kind: "network" } });
  });
});

describe("loadChanges", () => {
  const changes = [
    {
      id: "x",
      date: "2025-12-11",
      kind: "deprecated",
      ids: ["AppServices_CurlToDisk"],
      title: { fr: "t", en: "t" },
      summary: { fr: "s", en: "s" },
      sources: [{ title: "Release notes", url: "https://learn.microsoft.com/x" }],
    },
  ];
  it("reads the change log, and gives null for a missing or damaged file", async () => {
    const read = await loadChanges("x", respond(JSON.stringify({ schemaVersion: 2, changes })));
    expect(read?.map((change) => change.id)).toEqual(["x"]);
    expect(await loadChanges("x", respond("", 404))).toBeNull();
    expect(await loadChanges("x", respond("{nope"))).toBeNull();
    expect(await loadChanges("x", respond(JSON.stringify({ changes: [{ id: 1 }] })))).toBeNull();
  });
});

describe("loadNotes", () => {
  it("reads the page's notes, errata and ATT&CK reasons, and gives null for a missing or damaged file", async () => {
    const notes = [{ kind: "callout", fr: "Note", en: "Note" }];
    const errata = { AppServices_X: [] };
    const attack = {
      AppServices_X: { reasons: { T1105: { fr: "Raison", en: "Reason" } }, confidence: { T1105: "direct" } },
    };
    expect(
      await loadNotes("x", respond(JSON.stringify({ schemaVersion: 3, notes, errata, attack }))),
    ).toEqual({
      notes,
      errata,
      attack,
      sources: [],
    });
    expect(await loadNotes("x", respond(JSON.stringify({ schemaVersion: 2, notes, errata })))).toEqual({
      notes,
      errata,
      attack: {},
      sources: [],
    });
    expect((await loadNotes("x", respond(JSON.stringify({ notes }))))?.errata).toEqual({});
    expect(await loadNotes("x", respond("", 404))).toBeNull();
    expect(await loadNotes("x", respond("{"))).toBeNull();
    expect(await loadNotes("x", respond(JSON.stringify({ notes: [{ kind: "poem" }] })))).toBeNull();
  });
});
