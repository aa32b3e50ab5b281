import { describe, expect, it } from "vitest";
import { atomDate, changesFeed, uuidV5 } from "./atom";
import { buildCatalog } from "./build-catalog";
import { readCatalogSources } from "./read-sources";

const { french, english, facts } = readCatalogSources();
const catalog = buildCatalog(french, english, facts);

describe("the Atom feed", () => {
  it("makes RFC 4122 version 5 UUIDs", () => {
    // The RFC's own namespace for DNS names, and Python's uuid5(NAMESPACE_DNS, "python.org").
    expect(uuidV5("python.org", "6ba7b8109dad11d180b400c04fd430c8")).toBe(
      "886313e1-3b8a-5372-9b90-0c9aee199e5d",
    );
  });

  it("has one entry per event, each with an absolute id, a title, an updated date and a link", () => {
    const feed = changesFeed(catalog);
    const entries = feed.split("<entry>").slice(1);
    expect(entries).toHaveLength(catalog.changes.length);
    const ids = entries.map((entry) => /<id>([^<]+)<\/id>/.exec(entry)?.[1]);
    expect(new Set(ids).size).toBe(entries.length);
    for (const [index, entry] of entries.entries()) {
      expect(ids[index]).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(entry).toMatch(/<title>[^<]+<\/title>/);
      expect(entry).toMatch(/<updated>\d{4}-\d{2}-\d{2}T00:00:00Z<\/updated>/);
      expect(entry).toMatch(/<link rel="alternate" type="text\/html" href="[^"]+"\/>/);
    }
    expect(feed).toContain(`<updated>${atomDate("2025-12-11")}</updated>`);
  });

  it("is the same for the same catalog, byte for byte", () => {
    expect(changesFeed(catalog)).toBe(changesFeed(structuredClone(catalog)));
  });

  it("counts a month from its first day", () => {
    expect(atomDate("2022-01")).toBe("2022-01-01T00:00:00Z");
  });
});
