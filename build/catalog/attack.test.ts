import { describe, expect, it } from "vitest";
import { techniqueUrl } from "../../src/catalog/attack";
import { TECHNIQUE_ID } from "../../src/catalog/schema";
import { type AttackFacts, applyAttackMapping, MAX_TECHNIQUES } from "./attack";
import { parseCatalogSource } from "./parse-source";
import { readCatalogSources } from "./read-sources";

const { french, facts } = readCatalogSources();
const alertIds = parseCatalogSource(french).alerts.map((alert) => alert.id);

interface MutableMapping {
  attackVersion: string;
  alerts: Record<
    string,
    { techniques: { id: string; confidence: string; reason: unknown }[]; none?: unknown }
  >;
}

function apply(change: (copy: { facts: AttackFacts; mapping: MutableMapping }) => void = () => {}) {
  const copy = {
    facts: structuredClone(facts.attackTechniques) as AttackFacts,
    mapping: structuredClone(facts.attackMapping) as MutableMapping,
  };
  change(copy);
  const problems: string[] = [];
  const result = applyAttackMapping(alertIds, copy.facts, copy.mapping, problems);
  return { ...result, problems };
}

describe("our ATT&CK mapping", () => {
  const { byAlert, attack, problems } = apply();

  it("considers every alert of the page, and builds without a problem", () => {
    expect(problems).toEqual([]);
    expect([...byAlert.keys()]).toEqual(alertIds);
  });

  it("gives each alert up to three techniques, each with a reason in both languages, or the reason for none", () => {
    for (const [id, mapping] of byAlert) {
      expect(mapping.techniques.length, id).toBeLessThanOrEqual(MAX_TECHNIQUES);
      if (mapping.techniques.length === 0) {
        expect(mapping.noTechnique?.fr, id).toBeTruthy();
        expect(mapping.noTechnique?.en, id).toBeTruthy();
      }
      for (const technique of mapping.techniques) {
        expect(technique.id, id).toMatch(TECHNIQUE_ID);
        expect(technique.reason?.fr.trim(), `${id} ${technique.id}`).toBeTruthy();
        expect(technique.reason?.en.trim(), `${id} ${technique.id}`).toBeTruthy();
        expect(technique.reason?.fr, `${id} ${technique.id}`).not.toBe(technique.reason?.en);
      }
    }
  });

  it("leaves the EICAR test alert unmapped, with the reason", () => {
    expect(byAlert.get("AppServices_EICAR")?.techniques).toEqual([]);
    expect(byAlert.get("AppServices_EICAR")?.noTechnique?.en).toMatch(/test/);
  });

  it("names the techniques it uses as MITRE does, in ID order, from live (not revoked) entries only", () => {
    const used = new Set([...byAlert.values()].flatMap((mapping) => mapping.techniques.map((t) => t.id)));
    expect(attack?.techniques.map((technique) => technique.id)).toEqual([...used].sort());
    const certutil = attack?.techniques.find((technique) => technique.id === "T1140");
    expect(certutil?.name).toBe("Deobfuscate/Decode Files or Information");
    expect(attack?.version).toBe((facts.attackTechniques as AttackFacts).attackVersion);
  });

  it("takes its facts from one ATT&CK release, the one sources.json cites, and links as MITRE does", () => {
    const attackFacts = facts.attackTechniques as AttackFacts;
    const cited = (facts.sources as { sources: { id: string; commit?: string }[] }).sources.find(
      (source) => source.id === "mitre-attack",
    );
    expect(cited?.commit).toBe(attackFacts.release.commit);
    for (const technique of attackFacts.techniques) {
      expect(technique.commit, technique.id).toBe(attackFacts.release.commit);
      expect(techniqueUrl(technique.id), technique.id).toBe(technique.url);
    }
  });

  it("fails naming the alert for an unknown, malformed, revoked or deprecated technique", () => {
    const first = (mapping: MutableMapping, id: string) =>
      mapping.alerts[id]?.techniques[0] as { id: string };
    expect(
      apply(({ mapping }) => {
        first(mapping, "AppServices_CurlToDisk").id = "T9999";
        first(mapping, "AppServices_Nmap").id = "Active Scanning";
      }).problems,
    ).toEqual([
      'attack-mapping.json AppServices_Nmap: "Active Scanning" is not a technique ID',
      "attack-mapping.json AppServices_CurlToDisk: T9999 is not in attack-techniques.json",
    ]);
    expect(
      apply(({ facts }) => {
        const t1140 = facts.techniques.find((technique) => technique.id === "T1140");
        if (t1140) t1140.revoked = true;
        const t1595 = facts.techniques.find((technique) => technique.id === "T1595");
        if (t1595) t1595.deprecated = true;
      }).problems,
    ).toContain("attack-mapping.json AppServices_ExecutableDecodedUsingCertutil: T1140 is revoked in ATT&CK");
  });

  it("fails on an alert left out, an unknown alert, too many techniques, or no technique without a reason", () => {
    const { problems } = apply(({ mapping }) => {
      delete mapping.alerts.AppServices_Nmap;
      mapping.alerts.AppServices_Ghost = { techniques: [] };
      const curl = mapping.alerts.AppServices_CurlToDisk;
      const technique = curl?.techniques[0];
      if (curl && technique) curl.techniques = [technique, technique, technique, technique];
      delete mapping.alerts.AppServices_EICAR?.none;
    });
    expect(problems).toEqual([
      'attack-mapping.json: unknown alert ID "AppServices_Ghost"',
      "attack-mapping.json AppServices_EICAR: no technique and no reason why",
      "attack-mapping.json AppServices_Nmap: missing (map the alert, or give the reason it has no technique)",
      "attack-mapping.json AppServices_CurlToDisk: 4 techniques, at most 3",
      "attack-mapping.json AppServices_CurlToDisk: T1105 is listed twice",
      "attack-mapping.json AppServices_CurlToDisk: T1105 is listed twice",
      "attack-mapping.json AppServices_CurlToDisk: T1105 is listed twice",
    ]);
  });

  it("fails when the mapping and the facts name different ATT&CK releases", () => {
    expect(apply(({ mapping }) => (mapping.attackVersion = "1.0")).problems).toEqual([
      `attack-mapping.json is for ATT&CK 1.0 but attack-techniques.json holds ${(facts.attackTechniques as AttackFacts).attackVersion}`,
    ]);
  });
});
