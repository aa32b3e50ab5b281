import { useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Alert } from "../../catalog/schema";
import { ATTACK_TACTIC_IDS, SEVERITIES, type Severity, type Tactic } from "../../catalog/taxonomy";
import { useLaterStrings } from "../../i18n/later-strings";
import { coverageMatrix, shadeStep } from "../../search/matrix";
import { useScrollEdges } from "./use-scroll-edges";

/** Shades from empty to full; text colour flips where the fill gets dark, keeping 4.5:1 contrast. */
const SHADES = [
  "bg-white text-slate-600",
  "bg-blue-100 text-blue-950",
  "bg-blue-300 text-blue-950",
  "bg-blue-600 text-white",
  "bg-blue-900 text-white",
];

interface CoverageMatrixProps {
  alerts: readonly Alert[];
  onSelect: (tactic: Tactic, severity: Severity) => void;
}

/** The tactic column stays put as the matrix scrolls sideways; a shadow marks the columns under it. */
const STICKY = "sticky left-0 z-10 group-data-[scrolled]:shadow-[4px_0_6px_-2px_rgb(0_0_0_/_0.2)]";

/** Tactics in kill-chain order against severities; a cell's button filters the table to it. */
export default function CoverageMatrix({ alerts, onSelect }: CoverageMatrixProps) {
  useLaterStrings();
  const { t } = useTranslation();
  const matrix = useMemo(() => coverageMatrix(alerts), [alerts]);
  const box = useRef<HTMLDivElement>(null);
  const edges = useScrollEdges(box);
  return (
    <div className="space-y-2">
      <div className="relative">
        <div
          ref={box}
          className="group scroll-pr-8 overflow-x-auto rounded-lg border border-slate-200 bg-white"
          data-testid="matrix"
          data-scrolled={edges.start ? undefined : ""}
        >
          <table className="w-full min-w-[34rem] border-collapse text-sm">
            <caption className="px-3 py-2 text-left text-sm font-medium text-slate-700">
              {t("matrix.caption")}
            </caption>
            <thead className="bg-slate-100">
              <tr>
                <th
                  scope="col"
                  className={`${STICKY} bg-slate-100 px-3 py-2 text-left text-xs font-semibold text-slate-700 uppercase`}
                >
                  {t("matrix.tactic")}
                </th>
                {SEVERITIES.map((severity) => (
                  <th
                    key={severity}
                    scope="col"
                    className="px-2 py-2 text-center text-xs font-semibold text-slate-700 uppercase"
                  >
                    {t(`severity.${severity}`)}
                  </th>
                ))}
                <th
                  scope="col"
                  className="px-2 py-2 text-center text-xs font-semibold text-slate-700 uppercase"
                >
                  {t("matrix.total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map(({ tactic, counts, retired, total }) => {
                const label = tactic ? t(`tactic.${tactic}`) : t("matrix.none");
                return (
                  <tr
                    key={tactic ?? "none"}
                    className="border-t border-slate-200"
                    data-matrix-row={tactic ?? "none"}
                  >
                    <th
                      scope="row"
                      className={`${STICKY} bg-white px-3 py-1.5 text-left font-medium text-slate-900`}
                    >
                      {label}
                      {tactic && ATTACK_TACTIC_IDS[tactic] && (
                        <span className="ml-1 font-mono text-xs text-slate-600">
                          {ATTACK_TACTIC_IDS[tactic]}
                        </span>
                      )}
                    </th>
                    {SEVERITIES.map((severity) => {
                      const count = counts[severity];
                      const shade = SHADES[shadeStep(count, matrix.max)];
                      const retiredLabel =
                        retired[severity] > 0 ? t("matrix.retired", { count: retired[severity] }) : "";
                      const retiredMark = retiredLabel && (
                        <span
                          data-retired={retired[severity]}
                          id={`retired-${tactic ?? "none"}-${severity}`}
                          className="block text-[0.65rem] leading-tight text-slate-700"
                        >
                          {retiredLabel}
                        </span>
                      );
                      return (
                        <td key={severity} className="p-0.5 text-center">
                          {tactic && count > 0 ? (
                            <button
                              type="button"
                              data-cell={`${tactic}:${severity}`}
                              onClick={() => onSelect(tactic, severity)}
                              aria-label={t("matrix.cell", {
                                count,
                                tactic: label,
                                severity: t(`severity.${severity}`),
                              })}
                              aria-describedby={retiredLabel ? `retired-${tactic}-${severity}` : undefined}
                              className={`w-full rounded px-2 py-1.5 font-semibold tabular-nums hover:ring-2 hover:ring-slate-900 ${shade}`}
                            >
                              {count}
                            </button>
                          ) : (
                            <span
                              data-cell={`${tactic ?? "none"}:${severity}`}
                              className={`block rounded px-2 py-1.5 tabular-nums ${shade}`}
                            >
                              {count}
                            </span>
                          )}
                          {retiredMark}
                        </td>
                      );
                    })}
                    <td className="px-2 text-center font-medium text-slate-800 tabular-nums">{total}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot className="border-t-2 border-slate-300 bg-slate-50">
              <tr data-matrix-row="total">
                <th
                  scope="row"
                  className={`${STICKY} bg-slate-50 px-3 py-1.5 text-left font-semibold text-slate-900`}
                >
                  {t("matrix.alerts")}
                </th>
                {SEVERITIES.map((severity) => (
                  <td
                    key={severity}
                    data-total={severity}
                    className="px-2 py-1.5 text-center font-semibold text-slate-900 tabular-nums"
                  >
                    {matrix.totals[severity]}
                  </td>
                ))}
                <td data-total="all" className="px-2 text-center font-semibold text-slate-900 tabular-nums">
                  {alerts.length}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
        {/* More columns off to the right: the edge fades, a hint to scroll. */}
        {!edges.end && (
          <div
            aria-hidden="true"
            data-testid="matrix-scroll-cue"
            className="pointer-events-none absolute inset-y-px right-px w-8 rounded-r-lg bg-linear-to-l from-slate-400/50 to-transparent"
          />
        )}
      </div>
      <p className="text-xs text-slate-700" data-testid="matrix-note">
        {t("matrix.multiTactic")}
      </p>
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
        <span>{t("matrix.legend")}</span>
        {SHADES.map((shade, step) => (
          <span key={shade} className={`rounded px-2 py-0.5 ring-1 ring-slate-200 ${shade}`}>
            {step === 0 ? "0" : `≤ ${Math.ceil((matrix.max * step) / 4)}`}
          </span>
        ))}
        <span>{t("matrix.retiredLegend")}</span>
      </div>
    </div>
  );
}
