import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PLATFORMS, SEVERITIES, TACTICS } from "../catalog/taxonomy";
import en from "./locales/en.json";
import fr from "./locales/fr.json";

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

/** The app's code (tests aside), where every string is asked for by its key. */
function appCode(): string {
  const dir = fileURLToPath(new URL("..", import.meta.url));
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => readFileSync(join(dir, file), "utf8"))
    .join("\n");
}

describe("locale files", () => {
  const frLeaves = new Map(leaves(fr));
  const enLeaves = new Map(leaves(en));

  it("have identical keys", () => {
    expect([...frLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it("have no empty value", () => {
    for (const [key, value] of [...frLeaves, ...enLeaves]) expect(value.trim(), key).not.toBe("");
  });

  it("use the same interpolation variables in both languages", () => {
    const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of frLeaves)
      expect(variables(enLeaves.get(key) ?? ""), key).toEqual(variables(value));
  });

  it("hold no string the app never asks for (each one is in the first download)", () => {
    const code = appCode();
    const asked = (key: string) => {
      const base = key.replace(/_(one|other)$/, ""); // i18next picks the plural form itself
      const group = key.slice(0, key.lastIndexOf("."));
      return [`"${base}"`, `\`${base}\``, `\`${group}.\${`].some((form) => code.includes(form));
    };
    expect([...frLeaves.keys()].filter((key) => !asked(key))).toEqual([]);
  });

  it("label every severity, tactic and platform", () => {
    for (const severity of SEVERITIES) expect(frLeaves.has(`severity.${severity}`)).toBe(true);
    for (const tactic of TACTICS) expect(frLeaves.has(`tactic.${tactic}`)).toBe(true);
    for (const platform of PLATFORMS) expect(frLeaves.has(`platform.${platform}`)).toBe(true);
  });
});
