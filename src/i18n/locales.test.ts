import { describe, expect, it } from "vitest";
import { PLATFORMS, SEVERITIES, TACTICS } from "../catalog/taxonomy";
import { ALL_STRINGS } from "./all-strings";
import { createI18n } from "./i18n";
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

  // French typography: « Gravité : Élevée », never « Gravité: Élevée » nor a colon alone on a line.
  it("keep a non-breaking space before : ; ? ! and inside « » in French", () => {
    const spaced = /(?<![\u00a0\u202f])[:;?!»]|«(?![\u00a0\u202f])/g;
    for (const [key, value] of frLeaves) expect(value.match(spaced) ?? [], key).toEqual([]);
  });

  it("label every severity, tactic and platform", () => {
    for (const severity of SEVERITIES) expect(frLeaves.has(`severity.${severity}`)).toBe(true);
    for (const tactic of TACTICS) expect(frLeaves.has(`tactic.${tactic}`)).toBe(true);
    for (const platform of PLATFORMS) expect(frLeaves.has(`platform.${platform}`)).toBe(true);
  });
});

describe("counted strings", () => {
  const fr = createI18n("fr", ALL_STRINGS);
  const en = createI18n("en", ALL_STRINGS);

  it("agree with their number in both languages", () => {
    expect([0, 1, 2].map((count) => en.t("exports.hint", { count }))).toEqual([
      "No alert to download",
      "Download the alert shown",
      "Download the 2 alerts shown, in this order",
    ]);
    expect([0, 1, 2].map((count) => fr.t("exports.hint", { count }))).toEqual([
      "Aucune alerte à télécharger",
      "Télécharger l’alerte affichée",
      "Télécharger les 2 alertes affichées, dans cet ordre",
    ]);
    const cell = { tactic: "Execution", severity: "High" };
    expect(en.t("matrix.cell", { ...cell, count: 1 })).toBe("1 alert, Execution, High: show it in the table");
    expect(fr.t("matrix.cell", { ...cell, count: 1 })).toBe(
      "1 alerte, Execution, High\u00a0: l’afficher dans le tableau",
    );
    expect(fr.t("results.count", { count: 0, total: 40 })).toBe("0 alerte sur 40");
  });

  it("have every form each language needs", () => {
    for (const [key] of [...frLeaves, ...enLeaves].filter(([key]) => key.endsWith("_one")))
      expect(enLeaves.has(key.replace(/_one$/, "_other")), key).toBe(true);
  });
});
