import type { Alert } from "../catalog/schema";
import { SEVERITIES, type Severity, TACTICS, type Tactic } from "../catalog/taxonomy";

/**
 * The tactic × severity coverage of a set of alerts. An alert counts once in each of its tactics'
 * rows; alerts without a tactic get their own row, so the cells account for every alert.
 */
export interface CoverageMatrix {
  /** `retired`: how many of each cell's alerts Microsoft has retired. */
  rows: {
    tactic: Tactic | null;
    counts: Record<Severity, number>;
    retired: Record<Severity, number>;
    total: number;
  }[];
  totals: Record<Severity, number>;
  max: number;
}

const zeroCounts = () =>
  Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;

export function coverageMatrix(alerts: readonly Alert[]): CoverageMatrix {
  const byTactic = new Map(
    [...TACTICS, null].map((tactic) => [tactic, { counts: zeroCounts(), retired: zeroCounts() }]),
  );
  const totals = zeroCounts();
  for (const alert of alerts) {
    totals[alert.severity]++;
    for (const tactic of alert.tactics.length > 0 ? alert.tactics : [null]) {
      const cell = byTactic.get(tactic) as {
        counts: Record<Severity, number>;
        retired: Record<Severity, number>;
      };
      cell.counts[alert.severity]++;
      if (alert.status === "deprecated") cell.retired[alert.severity]++;
    }
  }
  const rows = [...byTactic].map(([tactic, { counts, retired }]) => ({
    tactic,
    counts,
    retired,
    total: SEVERITIES.reduce((sum, severity) => sum + counts[severity], 0),
  }));
  const max = Math.max(0, ...rows.flatMap((row) => SEVERITIES.map((severity) => row.counts[severity])));
  return { rows, totals, max };
}

/** Five shading steps, so a cell's shade says roughly how many alerts it holds. */
export function shadeStep(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count === 0 || max === 0) return 0;
  return Math.min(4, Math.ceil((count / max) * 4)) as 1 | 2 | 3 | 4;
}
