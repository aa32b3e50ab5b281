/**
 * Readers for the three host configurations in deploy/, each answering the same question the way
 * that host does: which headers does a request for this path get? Used by the unit test that keeps
 * them in step with security-policy.ts, and by the browser test that serves the site as a host would.
 * Only the syntax these files use is understood; anything else is an error, not a guess.
 */

export type Headers = Record<string, string>;

/** Netlify / Cloudflare Pages `_headers`: a path line, then indented `Name: value` lines. */
export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*\S)\s*$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers line ${index + 1}: not a header of a path: ${line}`);
    rule.headers.push([header[1] as string, header[2] as string]);
  }
  return rules;
}

/** A `_headers` path: exact, or ending in `*` (a splat matching the rest of the path). */
const matchesHeadersPath = (pattern: string, path: string) =>
  pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : pattern === path;

/**
 * Every matching rule adds its headers. A header set by two matching rules is an error: Netlify
 * and Cloudflare Pages would join the values with a comma.
 */
export function headersFileHeadersFor(rules: readonly HeaderRule[], path: string): Headers {
  const headers: Headers = {};
  for (const rule of rules.filter((r) => matchesHeadersPath(r.path, path))) {
    for (const [name, value] of rule.headers) {
      if (name in headers) throw new Error(`_headers sets ${name} twice for ${path}`);
      headers[name] = value;
    }
  }
  return headers;
}

/** Azure Static Web Apps: global headers, overridden by the first matching route's headers. */
export interface StaticWebAppConfig {
  globalHeaders?: Headers;
  routes?: { route: string; headers?: Headers }[];
}

export function staticWebAppHeadersFor(config: StaticWebAppConfig, path: string): Headers {
  const route = config.routes?.find(({ route: pattern }) =>
    pattern.endsWith("/*") ? path.startsWith(pattern.slice(0, -1)) : pattern === path,
  );
  return { ...config.globalHeaders, ...route?.headers };
}

/** nginx: the server block's add_header lines, and the `map $uri` that a header value may name. */
export interface NginxConfig {
  headers: Headers;
  maps: Record<string, { defaultValue: string; regexes: [RegExp, string][] }>;
}

const unquote = (value: string) => value.replace(/^"(.*)"$|^'(.*)'$/, "$1$2");

export function parseNginx(text: string): NginxConfig {
  const code = text.replace(/#.*$/gm, "");
  const maps: NginxConfig["maps"] = {};
  for (const [, variable = "", body = ""] of code.matchAll(/map\s+\$uri\s+\$(\w+)\s*\{([^}]*)\}/g)) {
    const map = { defaultValue: "", regexes: [] as [RegExp, string][] };
    for (const [, key = "", value = ""] of body.matchAll(/^\s*(\S+)\s+("[^"]*"|\S+);/gm)) {
      if (key === "default") map.defaultValue = unquote(value);
      else if (key.startsWith("~")) map.regexes.push([new RegExp(key.slice(1)), unquote(value)]);
      else throw new Error(`nginx map ${variable}: only default and ~regex keys are understood (${key})`);
    }
    maps[variable] = map;
  }
  const server = /server\s*\{([\s\S]*)\}/.exec(code)?.[1] ?? "";
  // Only the server level counts: nginx drops them all in any location that has add_header itself.
  const locations = /^\s*location\s[^{]*\{(?:[^{}]|\{[^{}]*\})*\}/gm;
  if ([...server.matchAll(locations)].some(([block]) => block.includes("add_header")))
    throw new Error("nginx: add_header inside a location would drop the server's headers there");
  const serverLevel = server.replace(locations, "");
  const headers: Headers = {};
  for (const [, name = "", value = "", always] of serverLevel.matchAll(
    /add_header\s+([A-Za-z0-9-]+)\s+("[^"]*"|'[^']*'|\S+)(\s+always)?\s*;/g,
  )) {
    if (!always) throw new Error(`nginx: add_header ${name} needs "always" to be sent on errors too`);
    headers[name] = unquote(value);
  }
  return { headers, maps };
}

/** Map lookup as nginx does it for regex keys: the first regex that matches, else the default. */
export function nginxHeadersFor(config: NginxConfig, path: string): Headers {
  const resolve = (value: string) => {
    const variable = /^\$(\w+)$/.exec(value)?.[1];
    if (!variable) return value;
    const map = config.maps[variable];
    if (!map) throw new Error(`nginx: $${variable} is not a map of this file`);
    return map.regexes.find(([regex]) => regex.test(path))?.[1] ?? map.defaultValue;
  };
  return Object.fromEntries(Object.entries(config.headers).map(([name, value]) => [name, resolve(value)]));
}
