import { createColumnHelper, type Row } from "@tanstack/react-table";
import { byRank, compareId, comparePlatforms, compareSeverity, compareTactics } from "../../catalog/compare";
import type { Alert, Language } from "../../catalog/schema";
import { hasAnyOf } from "../../search/filters";
import { AlertIdText } from "../../ui/alert-id-text";
import { PlatformList } from "../../ui/platform-list";
import { SeverityBadge } from "../../ui/severity-badge";
import { TacticChips } from "../../ui/tactic-chip";
import type { ColumnId, OptionalColumn } from "../../url/view-state";
import { useTableContext } from "./table-context";
import type { AlertTableFeatures } from "./table-features";
import { TitleCell } from "./title-cell";

type AlertRow = Row<AlertTableFeatures, Alert>;
const helper = createColumnHelper<AlertTableFeatures, Alert>();

const by = (compare: (a: Alert, b: Alert) => number) => (a: AlertRow, b: AlertRow) =>
  compare(a.original, b.original);

/** A facet's filter: the column's values (one or several per alert) share one with the chosen ones. */
const anyOf = (row: AlertRow, columnId: string, chosen: readonly unknown[]) =>
  hasAnyOf(row.getUniqueValues(columnId), chosen);

function TacticsCell({ alert }: { alert: Alert }) {
  const { activeTactics, toggleTactic } = useTableContext();
  return <TacticChips tactics={alert.tactics} active={activeTactics} onToggle={toggleTactic} />;
}

/**
 * Where each column shows, by the width of the table's container (not the viewport, since the
 * detail pane takes room): when narrow, ID, tactics and platforms fold into the title cell.
 * The widths keep most wide rows to one line: two platforms and a pair of tactics fit side by
 * side, and a long ID wraps between its words.
 */
export const COLUMN_CLASS: Record<ColumnId | OptionalColumn, string> = {
  severity: "w-28",
  title: "",
  id: "hidden @6xl:table-cell w-64",
  tactics: "hidden @2xl:table-cell w-56",
  platforms: "hidden @4xl:table-cell w-32",
  techniques: "hidden @3xl:table-cell w-28",
};

/** Our technique IDs, each named in its tooltip; the pane has the chips, links and reasons. */
function TechniqueIds({ alert }: { alert: Alert }) {
  const { techniqueNames } = useTableContext();
  return (
    <ul className="flex flex-wrap gap-1 font-mono text-xs text-slate-700">
      {alert.techniques.map(({ id }) => (
        <li key={id} title={techniqueNames.get(id)}>
          {id}
        </li>
      ))}
    </ul>
  );
}

/**
 * Severity and tactics sort by meaning (rank, kill-chain stage), never alphabetically; titles by
 * `byTitle` (a byRank of compareTitle in `language`), IDs by their rank among `alerts` (see byRank).
 */
export function buildColumns(
  language: Language,
  alerts: readonly Alert[],
  byTitle: (a: Alert, b: Alert) => number,
) {
  return helper.columns([
    helper.accessor("severity", {
      id: "severity",
      sortFn: by(compareSeverity),
      filterFn: anyOf,
      cell: (info) => <SeverityBadge severity={info.row.original.severity} />,
    }),
    helper.accessor((alert) => alert.title[language], {
      id: "title",
      sortFn: by(byTitle),
      cell: (info) => <TitleCell alert={info.row.original} />,
    }),
    helper.accessor("id", {
      id: "id",
      sortFn: by(byRank(alerts, compareId)),
      cell: (info) => (
        <code className="block font-mono text-xs break-words text-slate-700 select-all">
          <AlertIdText id={info.getValue()} />
        </code>
      ),
    }),
    helper.accessor("tactics", {
      id: "tactics",
      sortFn: by(compareTactics),
      filterFn: anyOf,
      getUniqueValues: (alert) => alert.tactics,
      cell: (info) => <TacticsCell alert={info.row.original} />,
    }),
    helper.accessor("platforms", {
      id: "platforms",
      sortFn: by(comparePlatforms),
      filterFn: anyOf,
      getUniqueValues: (alert) => alert.platforms,
      cell: (info) => <PlatformList platforms={info.row.original.platforms} />,
    }),
    helper.accessor("status", { id: "status", filterFn: anyOf }),
    helper.accessor((alert) => alert.techniques, {
      id: "techniques",
      filterFn: anyOf,
      getUniqueValues: (alert) => alert.techniques.map((technique) => technique.id),
      cell: (info) => <TechniqueIds alert={info.row.original} />,
    }),
  ]);
}
