import { type MouseEvent, memo } from "react";
import { useTranslation } from "react-i18next";
import { ATTACK_TACTIC_IDS, type Tactic } from "../catalog/taxonomy";

/** A distinct hue per tactic (light fill, dark text: at least 4.5:1 contrast). */
const TACTIC_CLASS: Record<Tactic, string> = {
  PreAttack: "bg-stone-100 text-stone-800 ring-stone-300",
  Probing: "bg-zinc-100 text-zinc-800 ring-zinc-300",
  InitialAccess: "bg-orange-100 text-orange-900 ring-orange-300",
  Exploitation: "bg-rose-100 text-rose-900 ring-rose-300",
  Persistence: "bg-lime-100 text-lime-900 ring-lime-300",
  PrivilegeEscalation: "bg-fuchsia-100 text-fuchsia-900 ring-fuchsia-300",
  DefenseEvasion: "bg-violet-100 text-violet-900 ring-violet-300",
  CredentialAccess: "bg-yellow-100 text-yellow-900 ring-yellow-300",
  Discovery: "bg-cyan-100 text-cyan-900 ring-cyan-300",
  LateralMovement: "bg-teal-100 text-teal-900 ring-teal-300",
  Execution: "bg-red-100 text-red-900 ring-red-300",
  Collection: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  CommandAndControl: "bg-indigo-100 text-indigo-900 ring-indigo-300",
  Exfiltration: "bg-pink-100 text-pink-900 ring-pink-300",
  Impact: "bg-purple-100 text-purple-900 ring-purple-300",
};

interface TacticChipProps {
  tactic: Tactic;
  active: boolean;
  onToggle: (tactic: Tactic) => void;
  label: string;
  /** What the tactic is in ATT&CK, and what a click does. */
  hint: string;
  action: string;
}

// Its labels come from TacticChips: a table shows a hundred chips, and each useTranslation costs.
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
      className={`inline-flex items-center gap-1 rounded-md px-1.5 text-left py-0.5 text-xs font-medium ring-1 ring-inset hover:ring-2 ${
        TACTIC_CLASS[tactic]
      } ${active ? "ring-2 ring-slate-900" : ""}`}
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
  const { t } = useTranslation();
  if (tactics.length === 0) return <span className="text-xs text-slate-600">{t("tactic.none")}</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {tactics.map((tactic) => {
        const attackId = ATTACK_TACTIC_IDS[tactic];
        return (
          <TacticChip
            key={tactic}
            tactic={tactic}
            active={active.includes(tactic)}
            onToggle={onToggle}
            label={t(`tactic.${tactic}`)}
            hint={attackId ? t("tactic.attackId", { id: attackId }) : t("tactic.defenderOnly")}
            action={t("tactic.toggleFilter")}
          />
        );
      })}
    </span>
  );
});
