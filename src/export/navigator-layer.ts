import type { Alert, AttackInfo, Language } from "../catalog/schema";

/**
 * An ATT&CK Navigator layer (layer format 4.5) of the alerts in view: each technique of our
 * mapping scored by how many of those alerts map to it, with the alerts named in its comment and
 * metadata, and linked back to this app. It opens in ATT&CK Navigator as it is (docs/exports.md).
 */

export const LAYER_FORMAT = "4.5";
/** The Navigator release whose layer format this is (4.5 needs at least 4.9.0). */
export const NAVIGATOR_VERSION = "5.2.0";
/** Light to dark blue: a technique more alerts point to stands out; text stays readable on both. */
export const LAYER_GRADIENT = ["#dbeafe", "#2563eb"] as const;

export interface LayerWords {
  /** The layer's name and description, in the interface language. */
  name: string;
  description: string;
  /** "1 alert", "7 alerts": the legend's ends. */
  alerts: (count: number) => string;
  /** "Mapping" and "ours, not Microsoft's": the layer's metadata says whose mapping it is. */
  mapping: { name: string; value: string };
  /** The label of the link back to the view. */
  viewLabel: string;
}

interface Named {
  name: string;
  value: string;
}
interface Link {
  label: string;
  url: string;
}
export interface LayerTechnique {
  techniqueID: string;
  score?: number;
  comment?: string;
  enabled: boolean;
  showSubtechniques?: boolean;
  metadata?: Named[];
  links?: Link[];
}
export interface NavigatorLayer {
  name: string;
  versions: { attack: string; navigator: string; layer: string };
  domain: "enterprise-attack";
  description: string;
  sorting: number;
  layout: { layout: "side"; showID: boolean; showName: boolean; expandedSubtechniques: "annotated" };
  hideDisabled: boolean;
  techniques: LayerTechnique[];
  gradient: { colors: string[]; minValue: number; maxValue: number };
  legendItems: { label: string; color: string }[];
  selectTechniquesAcrossTactics: boolean;
  selectSubtechniquesWithParent: boolean;
  selectVisibleTechniques: boolean;
  metadata: Named[];
  links: Link[];
}

export function navigatorLayer(
  alerts: readonly Alert[],
  attack: AttackInfo,
  language: Language,
  words: LayerWords,
  urls: { view: string; alert: (id: string) => string },
): NavigatorLayer {
  const byTechnique = new Map<string, Alert[]>();
  for (const alert of alerts) {
    for (const { id } of alert.techniques) byTechnique.set(id, [...(byTechnique.get(id) ?? []), alert]);
  }
  const scored: LayerTechnique[] = [...byTechnique]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([techniqueID, mapped]) => ({
      techniqueID,
      score: mapped.length,
      comment: mapped.map((alert) => `${alert.id}: ${alert.title[language]}`).join("\n"),
      enabled: true,
      metadata: mapped.map((alert) => ({ name: alert.id, value: alert.title[language] })),
      links: mapped.map((alert) => ({ label: alert.id, url: urls.alert(alert.id) })),
    }));
  // Navigator folds sub-techniques under their parent: unfold the parents of the scored ones.
  const parents = new Set(scored.flatMap(({ techniqueID }) => techniqueID.split(".").slice(0, -1)));
  const techniques = [
    ...scored.map((technique) =>
      parents.has(technique.techniqueID) ? { ...technique, showSubtechniques: true } : technique,
    ),
    ...[...parents]
      .filter((id) => !byTechnique.has(id))
      .sort()
      .map((techniqueID) => ({ techniqueID, enabled: true, showSubtechniques: true })),
  ];
  const most = Math.max(1, ...scored.map((technique) => technique.score ?? 0));
  return {
    name: words.name,
    versions: {
      attack: attack.version.split(".")[0] as string,
      navigator: NAVIGATOR_VERSION,
      layer: LAYER_FORMAT,
    },
    domain: attack.domain,
    description: words.description,
    sorting: 3,
    layout: { layout: "side", showID: true, showName: true, expandedSubtechniques: "annotated" },
    hideDisabled: false,
    techniques,
    gradient: { colors: [...LAYER_GRADIENT], minValue: 0, maxValue: most },
    legendItems: [
      { label: words.alerts(1), color: LAYER_GRADIENT[0] },
      { label: words.alerts(most), color: LAYER_GRADIENT[1] },
    ],
    selectTechniquesAcrossTactics: true,
    selectSubtechniquesWithParent: false,
    selectVisibleTechniques: false,
    metadata: [{ name: "ATT&CK", value: attack.version }, words.mapping],
    links: [{ label: words.viewLabel, url: urls.view }],
  };
}
