import { createContext, type ReactNode, useContext, useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  ATTACK_TACTIC_IDS,
  PLATFORMS,
  type Platform,
  SEVERITIES,
  type Severity,
  STATUSES,
  type Status,
  TACTICS,
  type Tactic,
} from "../catalog/taxonomy";

/** What badges and chips say, in the page's language. */
export interface TaxonomyLabels {
  severity: Record<Severity, string>;
  /** A tactic's name, and what it is in ATT&CK. */
  tactic: Record<Tactic, { label: string; hint: string }>;
  noTactic: string;
  /** What a click on a tactic chip does. */
  toggleTactic: string;
  platform: Record<Platform, string>;
  noPlatform: string;
  status: Record<Status, string>;
  /** "Retired by Microsoft on …", given the date in words. */
  retiredOn: (date: string) => string;
}

const LabelsContext = createContext<TaxonomyLabels | null>(null);

const labelled = <K extends string, V>(keys: readonly K[], label: (key: K) => V) =>
  Object.fromEntries(keys.map((key) => [key, label(key)])) as Record<K, V>;

/**
 * Works the labels out once per language for everything below it: the table's badges and chips,
 * the filter panel's values and the retired badges. Each row shows a severity, tactic chips and
 * platforms, twice over for the narrow layout; a useTranslation and t() calls in each made a sort
 * of 2,000 alerts spend about 10 ms of its 40 ms render in react-i18next.
 */
export function TaxonomyLabelsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const labels = useMemo<TaxonomyLabels>(() => {
    // Retired alerts share a handful of dates: each sentence is made once.
    const retired = new Map<string, string>();
    return {
      severity: labelled(SEVERITIES, (severity) => t(`severity.${severity}`)),
      tactic: labelled(TACTICS, (tactic) => {
        const attackId = ATTACK_TACTIC_IDS[tactic];
        return {
          label: t(`tactic.${tactic}`),
          hint: attackId ? t("tactic.attackId", { id: attackId }) : t("tactic.defenderOnly"),
        };
      }),
      noTactic: t("tactic.none"),
      toggleTactic: t("tactic.toggleFilter"),
      platform: labelled(PLATFORMS, (platform) => t(`platform.${platform}`)),
      noPlatform: t("platform.none"),
      status: labelled(STATUSES, (status) => t(`status.${status}`)),
      retiredOn: (date) => {
        let sentence = retired.get(date);
        if (sentence === undefined) {
          sentence = t("status.retiredOn", { date });
          retired.set(date, sentence);
        }
        return sentence;
      },
    };
  }, [t]);
  return <LabelsContext.Provider value={labels}>{children}</LabelsContext.Provider>;
}

export function useTaxonomyLabels(): TaxonomyLabels {
  const labels = useContext(LabelsContext);
  if (labels === null) throw new Error("useTaxonomyLabels: render inside a TaxonomyLabelsProvider");
  return labels;
}

/** A facet value's name; a technique's is its ID (the filter panel names it beside the ID). */
export function facetValueLabel(
  labels: TaxonomyLabels,
  facet: "severity" | "tactic" | "platform" | "status" | "technique",
  value: string,
): string {
  if (facet === "technique") return value;
  if (facet === "tactic") return labels.tactic[value as Tactic]?.label ?? value;
  return (labels[facet] as Record<string, string>)[value] ?? value;
}
