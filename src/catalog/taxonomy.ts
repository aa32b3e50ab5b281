/**
 * The values analysts filter on, named as the Defender for Cloud alerts API names them so that
 * what we show and export lines up with what lands in a SIEM.
 */

export const SEVERITIES = ["High", "Medium", "Low", "Informational"] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Defender for Cloud "intents" in kill-chain order. The API puts PreAttack, Probing and
 * Exploitation around the ATT&CK enterprise tactics; we keep that order everywhere (sorting,
 * chips, the matrix) so an alert's earliest stage is always read first.
 */
export const TACTICS = [
  "PreAttack",
  "Probing",
  "InitialAccess",
  "Exploitation",
  "Persistence",
  "PrivilegeEscalation",
  "DefenseEvasion",
  "CredentialAccess",
  "Discovery",
  "LateralMovement",
  "Execution",
  "Collection",
  "CommandAndControl",
  "Exfiltration",
  "Impact",
] as const;
export type Tactic = (typeof TACTICS)[number];

export const PLATFORMS = ["Windows", "Linux"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** An alert Microsoft still raises, or one it has retired ("deprecated", as the release notes say). */
export const STATUSES = ["active", "deprecated"] as const;
export type Status = (typeof STATUSES)[number];

/** MITRE ATT&CK tactic IDs; the three Defender-only intents have none. */
export const ATTACK_TACTIC_IDS: Readonly<Partial<Record<Tactic, string>>> = {
  InitialAccess: "TA0001",
  Execution: "TA0002",
  Persistence: "TA0003",
  PrivilegeEscalation: "TA0004",
  DefenseEvasion: "TA0005",
  CredentialAccess: "TA0006",
  Discovery: "TA0007",
  LateralMovement: "TA0008",
  Collection: "TA0009",
  Exfiltration: "TA0010",
  CommandAndControl: "TA0011",
  Impact: "TA0040",
};

// Lookups, not indexOf: a sort of 10,000 alerts asks for ranks some 260,000 times.
const SEVERITY_RANKS = new Map(SEVERITIES.map((severity, rank) => [severity, rank]));
const TACTIC_RANKS = new Map(TACTICS.map((tactic, rank) => [tactic, rank]));
export const severityRank = (severity: Severity): number => SEVERITY_RANKS.get(severity) ?? -1;
export const tacticRank = (tactic: Tactic): number => TACTIC_RANKS.get(tactic) ?? -1;

export const byKillChain = (tactics: readonly Tactic[]): Tactic[] =>
  [...new Set(tactics)].sort((a, b) => tacticRank(a) - tacticRank(b));

/** Lower-cased, accent-free, apostrophe-normalised, single-spaced: how source words are compared. */
export function foldWord(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function lookup<T extends string>(canonical: readonly T[], aliases: Record<string, T>) {
  const table = new Map<string, T>();
  for (const value of canonical) table.set(foldWord(value), value);
  for (const [alias, value] of Object.entries(aliases)) table.set(foldWord(alias), value);
  return (word: string): T | undefined => table.get(foldWord(word));
}

/**
 * French words the published pages use (and the API names themselves, which some pages keep).
 * Only the catalog build reads them: marked pure, they stay out of the app's download.
 */
export const severityFromFrench = /* @__PURE__ */ lookup<Severity>(SEVERITIES, {
  élevée: "High",
  haute: "High",
  élevé: "High",
  moyenne: "Medium",
  moyen: "Medium",
  faible: "Low",
  basse: "Low",
  information: "Informational",
  informations: "Informational",
  informationnelle: "Informational",
  informatif: "Informational",
});

export const tacticFromFrench = /* @__PURE__ */ lookup<Tactic>(TACTICS, {
  "pré-attaque": "PreAttack",
  "pre attack": "PreAttack",
  sondage: "Probing",
  "accès initial": "InitialAccess",
  persistance: "Persistence",
  "escalade de privilèges": "PrivilegeEscalation",
  "élévation de privilèges": "PrivilegeEscalation",
  "évasion de défense": "DefenseEvasion",
  "contournement des défenses": "DefenseEvasion",
  "accès aux informations d’identification": "CredentialAccess",
  "accès aux identifiants": "CredentialAccess",
  découverte: "Discovery",
  "mouvement latéral": "LateralMovement",
  "déplacement latéral": "LateralMovement",
  exécution: "Execution",
  collecte: "Collection",
  "commande et contrôle": "CommandAndControl",
});

export const platformFromFrench = /* @__PURE__ */ lookup<Platform>(PLATFORMS, {});
