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

const frLeaves = new Map(leaves(fr));
const enLeaves = new Map(leaves(en));

describe("locale files", () => {
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

  it("label every severity, tactic and platform", () => {
    for (const severity of SEVERITIES) expect(frLeaves.has(`severity.${severity}`)).toBe(true);
    for (const tactic of TACTICS) expect(frLeaves.has(`tactic.${tactic}`)).toBe(true);
    for (const platform of PLATFORMS) expect(frLeaves.has(`platform.${platform}`)).toBe(true);
  });
});
