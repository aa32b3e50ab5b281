import * as v from "valibot";
import {
  type AttackInfo,
  TECHNIQUE_CONFIDENCES,
  TECHNIQUE_ID,
  type TechniqueRef,
} from "../../src/catalog/schema.ts";

/**
 * Our ATT&CK mapping (attack-mapping.json) checked against MITRE's facts (attack-techniques.json).
 * The facts file holds only what MITRE's STIX data states about the techniques we use; the mapping
 * and its reasons are ours. A wrong, unknown, revoked or deprecated technique fails the build,
 * naming the alert.
 */

const text = v.pipe(v.string(), v.minLength(1));
const localized = v.object({ fr: text, en: text });

const factsFile = v.object({
  attackVersion: text,
  domain: v.literal("enterprise-attack"),
  release: v.object({ repo: text, tag: text, commit: text, file: text, modified: text }),
  techniques: v.array(
    v.object({
      id: text,
      name: text,
      tactics: v.array(text),
      url: text,
      stixId: text,
      revoked: v.boolean(),
      deprecated: v.boolean(),
      version: text,
      modified: text,
      file: text,
      commit: text,
    }),
  ),
});

const mappingFile = v.object({
  attackVersion: text,
  alerts: v.record(
    v.string(),
    v.object({
      techniques: v.array(
        v.object({ id: text, confidence: v.picklist(TECHNIQUE_CONFIDENCES), reason: localized }),
      ),
      none: v.optional(localized),
    }),
  ),
});

export type AttackFacts = v.InferOutput<typeof factsFile>;
type Localized = v.InferOutput<typeof localized>;

export interface AlertMapping {
  techniques: TechniqueRef[];
  noTechnique?: Localized;
}

export const MAX_TECHNIQUES = 3;

/**
 * Each alert's techniques (with their reasons), and the ATT&CK techniques the mapping uses, in ID
 * order. Every alert of the page must be considered: mapped, or given the reason it is not.
 */
export function applyAttackMapping(
  alertIds: readonly string[],
  rawFacts: unknown,
  rawMapping: unknown,
  problems: string[],
): { byAlert: Map<string, AlertMapping>; attack?: AttackInfo } {
  const byAlert = new Map<string, AlertMapping>();
  const factsResult = v.safeParse(factsFile, rawFacts);
  const mappingResult = v.safeParse(mappingFile, rawMapping);
  if (!factsResult.success)
    problems.push(`attack-techniques.json is malformed: ${v.summarize(factsResult.issues)}`);
  if (!mappingResult.success)
    problems.push(`attack-mapping.json is malformed: ${v.summarize(mappingResult.issues)}`);
  if (!factsResult.success || !mappingResult.success) return { byAlert };
  const facts = factsResult.output;
  const mapping = mappingResult.output;

  if (mapping.attackVersion !== facts.attackVersion) {
    problems.push(
      `attack-mapping.json is for ATT&CK ${mapping.attackVersion} but attack-techniques.json holds ${facts.attackVersion}`,
    );
  }
  const known = new Map(facts.techniques.map((technique) => [technique.id, technique]));
  const used = new Set<string>();
  const ids = new Set(alertIds);
  for (const id of Object.keys(mapping.alerts)) {
    if (!ids.has(id)) problems.push(`attack-mapping.json: unknown alert ID "${id}"`);
  }
  for (const id of alertIds) {
    const entry = mapping.alerts[id];
    const where = `attack-mapping.json ${id}`;
    if (!entry) {
      problems.push(`${where}: missing (map the alert, or give the reason it has no technique)`);
      continue;
    }
    if (entry.techniques.length > MAX_TECHNIQUES)
      problems.push(`${where}: ${entry.techniques.length} techniques, at most ${MAX_TECHNIQUES}`);
    if (entry.techniques.length === 0 && !entry.none)
      problems.push(`${where}: no technique and no reason why`);
    if (entry.techniques.length > 0 && entry.none)
      problems.push(`${where}: has techniques and a reason for having none`);
    const seen = new Set<string>();
    for (const { id: techniqueId } of entry.techniques) {
      const technique = known.get(techniqueId);
      if (!TECHNIQUE_ID.test(techniqueId)) problems.push(`${where}: "${techniqueId}" is not a technique ID`);
      else if (!technique) problems.push(`${where}: ${techniqueId} is not in attack-techniques.json`);
      else if (technique.revoked) problems.push(`${where}: ${techniqueId} is revoked in ATT&CK`);
      else if (technique.deprecated) problems.push(`${where}: ${techniqueId} is deprecated in ATT&CK`);
      if (seen.has(techniqueId)) problems.push(`${where}: ${techniqueId} is listed twice`);
      seen.add(techniqueId);
      used.add(techniqueId);
    }
    byAlert.set(id, {
      techniques: entry.techniques,
      ...(entry.none ? { noTechnique: entry.none } : {}),
    });
  }
  const attack: AttackInfo = {
    version: facts.attackVersion,
    domain: facts.domain,
    techniques: [...used]
      .filter((id) => known.has(id))
      .sort()
      .map((id) => {
        const { name } = known.get(id) as AttackFacts["techniques"][number];
        return { id, name };
      }),
  };
  return { byAlert, attack };
}
