import { createHash } from "node:crypto";
import type { Catalog, Change } from "../../src/catalog/schema.ts";

/**
 * The change log as an Atom feed (RFC 4287), written beside catalog.json. Atom ids must be
 * absolute and never change, so each is a name-based UUID (RFC 4122, version 5) of the event's id;
 * links may be relative and resolve against the feed's own address, wherever the site is hosted.
 */

const URL_NAMESPACE = "6ba7b8119dad11d180b400c04fd430c8";

/** A version 5 UUID: SHA-1 of the namespace and the name, with the version and variant bits set. */
export function uuidV5(name: string, namespace = URL_NAMESPACE): string {
  const hash = createHash("sha1")
    .update(Buffer.from(namespace, "hex"))
    .update(name, "utf8")
    .digest()
    .subarray(0, 16);
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const escapeXml = (value: string) =>
  value.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string,
  );

/** A date of the change log as an Atom date-time: a month counts from its first day. */
export const atomDate = (date: string) => `${date.length === 7 ? `${date}-01` : date}T00:00:00Z`;

export const FEED_ID = `urn:uuid:${uuidV5("appservice-alerts:changes")}`;
export const changeEntryId = (change: Change) =>
  `urn:uuid:${uuidV5(`appservice-alerts:change:${change.id}`)}`;

/** The feed, in English: one entry per event, newest first. */
export function changesFeed(catalog: Catalog): string {
  const changes = catalog.changes;
  const updated =
    changes
      .map((change) => change.date)
      .sort()
      .at(-1) ??
    catalog.page.asOf ??
    "1970-01-01";
  const entry = (change: Change) => {
    const alerts = change.ids.join(", ");
    return [
      "  <entry>",
      `    <id>${changeEntryId(change)}</id>`,
      `    <title>${escapeXml(change.title.en)}</title>`,
      `    <updated>${atomDate(change.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="./?lang=en&amp;view=changes#change-${escapeXml(encodeURIComponent(change.id))}"/>`,
      ...change.sources.map(
        (source) =>
          `    <link rel="related" href="${escapeXml(source.url)}" title="${escapeXml(source.title)}"/>`,
      ),
      `    <category term="${change.kind}"/>`,
      `    <summary>${escapeXml(`${change.summary.en} Alerts: ${alerts}.`)}</summary>`,
      "  </entry>",
    ].join("\n");
  };
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${FEED_ID}</id>`,
    `  <title>${escapeXml(`${catalog.page.title.en}: changes`)}</title>`,
    "  <subtitle>Dated changes to the Microsoft Defender for Cloud alerts for Azure App Service, each with its source.</subtitle>",
    `  <updated>${atomDate(updated)}</updated>`,
    '  <link rel="self" type="application/atom+xml" href="changes.xml"/>',
    '  <link rel="alternate" type="text/html" href="./?lang=en&amp;view=changes"/>',
    "  <author><name>App Service alert reference</name></author>",
    ...changes.map(entry),
    "</feed>",
    "",
  ].join("\n");
}

/** changes.json: the change log alone, for tools that only want the history. */
export const changesJson = (catalog: Catalog) =>
  `${JSON.stringify({ schemaVersion: catalog.schemaVersion, asOf: catalog.page.asOf, changes: catalog.changes }, null, 2)}\n`;
