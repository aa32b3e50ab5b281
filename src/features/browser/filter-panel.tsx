import { useTranslation } from "react-i18next";
import {
  PLATFORMS,
  type Platform,
  SEVERITIES,
  type Severity,
  STATUSES,
  type Status,
  TACTICS,
  type Tactic,
} from "../../catalog/taxonomy";
import type { FacetCounts } from "../../search/filters";
import { FacetedFilter } from "./faceted-filter";
import { TechniqueFilter } from "./technique-filter";

export interface FilterPanelProps {
  selected: {
    severity: Severity[];
    tactic: Tactic[];
    platform: Platform[];
    status: Status[];
    technique: string[];
  };
  counts: FacetCounts;
  onToggle: {
    severity: (value: Severity) => void;
    tactic: (value: Tactic) => void;
    platform: (value: Platform) => void;
    status: (value: Status) => void;
    technique: (id: string) => void;
  };
  /** Our ATT&CK techniques (MITRE's names by ID) and the switch of their column. */
  techniques: {
    names: ReadonlyMap<string, string>;
    columnShown: boolean;
    onColumnShownChange: (shown: boolean) => void;
  };
}

export function FilterPanel({ selected, counts, onToggle, techniques }: FilterPanelProps) {
  const { t } = useTranslation();
  return (
    <section aria-label={t("filters.title")} className="space-y-4">
      <FacetedFilter
        facet="severity"
        values={SEVERITIES}
        selected={selected.severity}
        counts={counts.severity}
        onToggle={onToggle.severity}
      />
      <FacetedFilter
        facet="platform"
        values={PLATFORMS}
        selected={selected.platform}
        counts={counts.platform}
        onToggle={onToggle.platform}
      />
      <FacetedFilter
        facet="status"
        values={STATUSES}
        selected={selected.status}
        counts={counts.status}
        onToggle={onToggle.status}
      />
      <FacetedFilter
        facet="tactic"
        values={TACTICS}
        selected={selected.tactic}
        counts={counts.tactic}
        onToggle={onToggle.tactic}
      />
      <TechniqueFilter
        names={techniques.names}
        selected={selected.technique}
        counts={counts.technique}
        onToggle={onToggle.technique}
        columnShown={techniques.columnShown}
        onColumnShownChange={techniques.onColumnShownChange}
      />
    </section>
  );
}
