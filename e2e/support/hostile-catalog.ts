import type { Catalog, CatalogAlert } from "./fixtures";

/**
 * A catalog written by an attacker, or by a broken pipeline: markup, script and links where text
 * belongs, huge and unbroken strings, bidi overrides, invisible characters, emoji, and IDs that
 * are JavaScript property names. The app must show all of it as plain text, run none of it, and
 * keep its layout. Every payload that could run sets window.__pwned.
 */
export const PAYLOADS = {
  script: "<script>window.__pwned = 'script'</script>",
  img: `<img src=x onerror="window.__pwned = 'img'">`,
  svg: `<svg/onload="window.__pwned = 'svg'">`,
  iframe: `<iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe>`,
  href: "javascript:window.__pwned = 'href'",
  markdown: "[open](javascript:window.__pwned='md') **bold** `code`",
  attribute: `" autofocus onfocus="window.__pwned = 'attr'" x="`,
  template:
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a payload, on purpose
    "{{count}} {{constructor.constructor('window.__pwned = 1')()}} ${window.__pwned = 1} $t(app.name)",
  csv: '=HYPERLINK("http://example.invalid","x")',
  rtl: "\u202Etxt.exe\u202C then \u202Bembedded\u202C and \u2067isolate",
  zeroWidth: "Zero\u200Bwidth\u200Cjoiners\u200D\uFEFFhere",
  emoji: "🔥🛡️ 👩🏽‍💻 🇫🇷🇬🇧 ⚠️",
  zalgo: "Z̴̡̛͓̘a̷̪͉͊l̵̢̛g̸̨̛o̷̧̕",
} as const;

const LONG_ID = `AppServices_${"VeryLongUnbrokenIdentifier".repeat(12)}`;
const UNBROKEN = "x".repeat(5_000);
/** About 100 KB of words in each language. */
const HUGE = (word: string) => `${word} `.repeat(Math.ceil(100_000 / (word.length + 1)));

const both = (text: string) => ({ fr: text, en: text });

export const HOSTILE_ALERTS: CatalogAlert[] = [
  {
    id: PAYLOADS.img,
    severity: "High",
    tactics: ["Execution"],
    platforms: ["Linux"],
    title: both(PAYLOADS.script),
    description: both(`${PAYLOADS.svg} ${PAYLOADS.iframe} ${PAYLOADS.href} ${PAYLOADS.markdown}`),
  },
  {
    id: LONG_ID,
    severity: "Medium",
    tactics: ["PreAttack", "InitialAccess", "Persistence", "DefenseEvasion", "CommandAndControl"],
    platforms: ["Windows", "Linux"],
    title: both(`Unbroken ${UNBROKEN.slice(0, 400)}`),
    description: both(`Starts fine, then ${UNBROKEN} and {PLACEHOLDER_${UNBROKEN.slice(0, 300)}}`),
  },
  {
    id: "AppServices_HugeDescription",
    severity: "Low",
    tactics: ["Collection"],
    platforms: [],
    title: { fr: "Description de 100 Ko", en: "A 100 KB description" },
    description: { fr: HUGE("exfiltration"), en: HUGE("exfiltration") },
  },
  {
    id: "__proto__",
    severity: "Informational",
    tactics: [],
    platforms: ["Windows"],
    title: both(PAYLOADS.rtl),
    description: both(`${PAYLOADS.rtl} ${PAYLOADS.attribute}`),
  },
  {
    id: "constructor",
    severity: "High",
    tactics: ["Impact"],
    platforms: [],
    title: both(`${PAYLOADS.emoji} ${PAYLOADS.zalgo}`),
    description: both(`${PAYLOADS.zeroWidth} ${PAYLOADS.template}`),
  },
  {
    id: PAYLOADS.href,
    severity: "Medium",
    tactics: ["Exfiltration"],
    platforms: ["Linux"],
    title: both(PAYLOADS.csv),
    description: both(PAYLOADS.attribute),
  },
  {
    id: `AppServices_"]'\\<x>\u202E\u200B`,
    severity: "Low",
    tactics: ["Discovery"],
    platforms: ["Windows"],
    title: both(`${PAYLOADS.zeroWidth} ${PAYLOADS.template}`),
    description: both(PAYLOADS.template),
  },
];

export const HOSTILE_PAGE_TITLE = `${PAYLOADS.script}${PAYLOADS.rtl} ${UNBROKEN.slice(0, 300)}`;

/** The real catalog with the hostile alerts first, a hostile page title, and hostile notes. */
export function hostileCatalog(real: Catalog): Catalog {
  return {
    ...real,
    page: {
      title: both(HOSTILE_PAGE_TITLE),
      notes: [
        { kind: "heading", ...both(PAYLOADS.script) },
        { kind: "paragraph", ...both(`${PAYLOADS.img} ${UNBROKEN.slice(0, 2000)}`) },
        { kind: "callout", ...both(PAYLOADS.href) },
        // The same text twice: notes are positional, not keyed by their text.
        { kind: "paragraph", ...both(PAYLOADS.rtl) },
        { kind: "paragraph", ...both(PAYLOADS.rtl) },
      ],
    },
    alerts: [...HOSTILE_ALERTS, ...real.alerts],
  };
}

export { LONG_ID };
