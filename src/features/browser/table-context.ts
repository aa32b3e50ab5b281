import { createContext, useContext } from "react";
import type { Alert, Language } from "../../catalog/schema";
import type { Tactic } from "../../catalog/taxonomy";

/**
 * What cells need beyond their row: the search terms to highlight, the active tactic filter and
 * the actions. Kept out of the column definitions so those stay stable while the user types.
 */
export interface TableContextValue {
  language: Language;
  terms: readonly string[];
  activeTactics: readonly Tactic[];
  toggleTactic: (tactic: Tactic) => void;
  openAlert: (alert: Alert) => void;
  hrefFor: (alert: Alert) => string;
  /** MITRE's names of the techniques our mapping uses, by ID. */
  techniqueNames: ReadonlyMap<string, string>;
}

export const TableContext = createContext<TableContextValue | null>(null);

export function useTableContext(): TableContextValue {
  const value = useContext(TableContext);
  if (!value) throw new Error("TableContext is missing");
  return value;
}
