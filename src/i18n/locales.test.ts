import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PLATFORMS, SEVERITIES, TACTICS } from "../catalog/taxonomy";
import en from "./locales/en.json";
import enLater from "./locales/en-later.json";
import fr from "./locales/fr.json";
import frLater from "./locales/fr-later.json";

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

/** The app's code (tests aside), file by file, where every string is asked for by its key. */
function appCode(): Map<string, string> {
  const dir = fileURLToPath(new URL("..", import.meta.url));
  return new Map(
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .map((file) => [file, readFileSync(join(dir, file), "utf8")]),
  );
}

/** Whether code asks for a key: by name, or by its group's name and a variable (`tactic.${…}`). */
function asks(code: string, key: string): boolean {
  const base = key.replace(/_(one|other)$/, ""); // i18next picks the plural form itself
  const group = key.slice(0, key.lastIndexOf("."));
  return [`"${base}"`, `\`${base}\``, `\`${group}.\${`].some((form) => code.includes(form));
}

const SETS = {
  "first view (fr.json, en.json)": [new Map(leaves(fr)), new Map(leaves(en))],
  "later (fr-later.json, en-later.json)": [new Map(leaves(frLater)), new Map(leaves(enLater))],
} as const;

for (const [name, [frLeaves, enLeaves]] of Object.entries(SETS)) {
  describe(`locale files: ${name}`, () => {
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
  });
}

describe("locale files", () => {
  const [first] = SETS["first view (fr.json, en.json)"];
  const [later] = SETS["later (fr-later.json, en-later.json)"];
  const code = appCode();
  const allCode = [...code.values()].join("\n");

  it("hold no string the app never asks for", () => {
    expect([...first.keys(), ...later.keys()].filter((key) => !asks(allCode, key))).toEqual([]);
  });

  it("hold each string once: in the first view's files or in the later ones", () => {
    expect([...later.keys()].filter((key) => first.has(key))).toEqual([]);
  });

  it("bring the later strings to any code that asks for one (it imports later-strings.ts)", () => {
    const missing = [...code]
      .filter(([, source]) => [...later.keys()].some((key) => asks(source, key)))
      .filter(([, source]) => !/import "[./]+(i18n\/)?later-strings";/.test(source))
      .map(([file]) => file);
    expect(missing).toEqual([]);
  });

  it("label every severity, tactic and platform", () => {
    for (const severity of SEVERITIES) expect(first.has(`severity.${severity}`)).toBe(true);
    for (const tactic of TACTICS) expect(first.has(`tactic.${tactic}`)).toBe(true);
    for (const platform of PLATFORMS) expect(first.has(`platform.${platform}`)).toBe(true);
  });
});
