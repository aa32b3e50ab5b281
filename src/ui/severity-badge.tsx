import { memo } from "react";
import type { Severity } from "../catalog/taxonomy";
import { useTaxonomyLabels } from "./taxonomy-labels";

/** Colour plus a distinct shape per level, so severity never relies on colour alone. */
const STYLE: Record<Severity, { className: string; icon: string }> = {
  High: { className: "bg-red-100 text-red-900 ring-red-300", icon: "▲" },
  Medium: { className: "bg-amber-100 text-amber-950 ring-amber-300", icon: "◆" },
  Low: { className: "bg-sky-100 text-sky-950 ring-sky-300", icon: "▼" },
  Informational: { className: "bg-slate-100 text-slate-800 ring-slate-300", icon: "●" },
};

export const SeverityBadge = memo(function SeverityBadge({ severity }: { severity: Severity }) {
  const labels = useTaxonomyLabels();
  const { className, icon } = STYLE[severity];
  return (
    <span
      data-severity={severity}
      className={`inline-flex items-center gap-1 rounded-full align-top px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${className}`}
    >
      <span aria-hidden="true" className="text-[0.6rem]">
        {icon}
      </span>
      {labels.severity[severity]}
    </span>
  );
});
