import { type MouseEvent, memo } from "react";
import type { Tactic } from "../catalog/taxonomy";
import { useTaxonomyLabels } from "./taxonomy-labels";

interface TacticChipProps {
  tactic: Tactic;
  active: boolean;
  onToggle: (tactic: Tactic) => void;
  label: string;
  /** What the tactic is in ATT&CK, and what a click does. */
  hint: string;
  action: string;
}

// Its labels come from TacticChips: a table shows a hundred chips, and each hook costs.
function TacticChip({ tactic, active, onToggle, label, hint, action }: TacticChipProps) {
  const onClick = (event: MouseEvent) => {
    event.stopPropagation(); // a chip in a row filters; it does not open the row
    onToggle(tactic);
  };
  return (
    <button
      type="button"
      data-tactic={tactic}
      aria-pressed={active}
      title={`${hint}. ${action}`}
      onClick={onClick}
      // Grey in both themes: colour in a row means severity, and only severity.
      className={`inline-flex items-center gap-1 rounded-md bg-neutral-100 px-1.5 py-0.5 text-left text-xs font-medium text-neutral-600 ring-1 ring-inset hover:ring-2 ${
        active ? "ring-2 ring-slate-900" : "ring-neutral-300"
      }`}
    >
      {active && <span aria-hidden="true">✓</span>}
      {label}
      <span className="sr-only">({hint})</span>
    </button>
  );
}

export const TacticChips = memo(function TacticChips({
  tactics,
  active,
  onToggle,
}: {
  tactics: readonly Tactic[];
  active: readonly Tactic[];
  onToggle: (tactic: Tactic) => void;
}) {
  const labels = useTaxonomyLabels();
  if (tactics.length === 0) return <span className="text-xs text-slate-600">{labels.noTactic}</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {tactics.map((tactic) => (
        <TacticChip
          key={tactic}
          tactic={tactic}
          active={active.includes(tactic)}
          onToggle={onToggle}
          label={labels.tactic[tactic].label}
          hint={labels.tactic[tactic].hint}
          action={labels.toggleTactic}
        />
      ))}
    </span>
  );
});
