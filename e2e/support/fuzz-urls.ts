/**
 * Random and malicious links, generated deterministically (a fixed seed gives the same links on
 * every run, so a failure can be replayed). Each is a query string plus, sometimes, a fragment;
 * `direct` says whether a plain static server accepts it as a page request: it refuses broken
 * percent-encoding (400) and huge request lines (431), which reach the app only through history
 * (pushState), a service worker or a more lenient host.
 */

/** mulberry32: small and seedable (Math.random is not). */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}

const KEYS = ["lang", "q", "severity", "tactic", "platform", "sort", "alert", "view", "bilingual"];
const JUNK_KEYS = ["LANG", "Q", "x", "__proto__", "constructor", "q[]", "severity[]", "%71", "", "a b", "🔑"];

/** Payloads that would set window.__pwned if the app ever ran text from its URL. */
export const SCRIPT_PAYLOADS = [
  "<script>window.__pwned=1</script>",
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg/onload=window.__pwned=1>",
  "javascript:window.__pwned=1",
  "</title><script>window.__pwned=1</script>",
  "{{constructor.constructor('window.__pwned=1')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a payload, on purpose
  "${window.__pwned=1}",
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  'AppServices_CurlToDisk" onfocus="window.__pwned=1" autofocus="',
  "data:text/html,<script>window.__pwned=1</script>",
];

const VALID: Record<string, readonly string[]> = {
  lang: ["fr", "en", "EN", " fr "],
  severity: ["High", "medium", "LOW", "Informational", "High,Low"],
  tactic: ["Execution", "preattack", "Persistence,Impact", "CommandAndControl"],
  platform: ["Windows", "linux", "Windows,Linux"],
  sort: ["title", "-severity", "+id", "-tactics", "platforms"],
  alert: ["AppServices_CurlToDisk", "AppServices_KnownCredential AccessTools", "AppServices_EICAR"],
  view: ["matrix", "MATRIX", "table"],
  bilingual: ["1", "true", "yes", "on"],
};

const ODD_TEXT = [
  "",
  " ",
  ",,,",
  "-",
  "--title",
  "\u202Eevil",
  "zero\u200Bwidth",
  "🔥🛡️👩🏽‍💻",
  "été 100% «certutil»",
  "a&b=c#d",
  "null",
  "undefined",
  "NaN",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "../../../../etc/passwd",
  "\u0000\u0001\u001f",
  "https://evil.example/catalog.json",
  "//evil.example/x.json",
];

/** Percent sequences a URL decoder must survive. */
const BROKEN_ENCODING = [
  "%",
  "%%",
  "%E0%A4%A",
  "%zz",
  "%2",
  "%ED%A0%80",
  "%C0%AF",
  "%F0%9F%98",
  "%FF%FE",
  "%u0041",
];

export interface FuzzUrl {
  /** The query string and fragment, e.g. "?q=x#y". */
  search: string;
  direct: boolean;
}

export function fuzzUrls(count: number, seed = 0x5eed): FuzzUrl[] {
  const random = seeded(seed);
  const randomText = (length: number) =>
    Array.from({ length }, () =>
      String.fromCodePoint(
        random.pick([0x20, 0x41, 0xe9, 0x3c, 0x25, 0x26, 0x1f600, 0x202e, 0x5d0]) + random.int(24),
      ),
    ).join("");

  const urls: FuzzUrl[] = [];
  for (let i = 0; i < count; i++) {
    let direct = true;
    const params: string[] = [];
    const size = 1 + random.int(6);
    for (let p = 0; p < size; p++) {
      const key = random.next() < 0.85 ? random.pick(KEYS) : random.pick(JUNK_KEYS);
      const kind = random.int(10);
      let value: string;
      if (kind <= 2) value = random.pick(Object.hasOwn(VALID, key) ? (VALID[key] as string[]) : ODD_TEXT);
      else if (kind <= 4) value = random.pick(SCRIPT_PAYLOADS);
      else if (kind <= 6) value = random.pick(ODD_TEXT);
      else if (kind === 7) value = randomText(1 + random.int(40));
      else if (kind === 8) value = `${random.pick(ODD_TEXT)}${"A".repeat(random.pick([300, 5_000, 60_000]))}`;
      else value = random.pick(BROKEN_ENCODING);

      // Most values are encoded as a link would be; some are written raw, as a person types them.
      let encoded: string;
      if (kind === 9) {
        encoded = value; // broken on purpose
        direct = false;
      } else if (random.next() < 0.7) encoded = encodeURIComponent(value);
      else encoded = value.replace(/[%&#\s]/g, (c) => encodeURIComponent(c));
      if (encoded.length > 4_000) direct = false; // beyond what a static server takes in a request line

      // Repeated parameters; a huge value only once, so a link stays under browsers' 2 MB limit.
      const repeat = random.next() < 0.1 && encoded.length <= 4_000 ? 2 + random.int(40) : 1;
      for (let r = 0; r < repeat; r++) params.push(random.next() < 0.05 ? encoded : `${key}=${encoded}`);
    }
    const fragment =
      random.next() < 0.15
        ? `#${random.pick([...SCRIPT_PAYLOADS, "results", "x"]).replace(/\s/g, "%20")}`
        : "";
    const joiner = random.pick(["&", "&", "&", "&&", ";"]);
    urls.push({ search: `?${params.join(joiner)}${fragment}`, direct });
  }
  return urls;
}
