// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useMemo } from "react";
import { describe, expect, it, vi } from "vitest";
import type { Alert } from "../../catalog/schema";
import type { Tactic } from "../../catalog/taxonomy";
import { realCatalog } from "../../catalog/test-catalog";
import { cleanUpAfterEach, renderIn } from "../../ui/test-render";
import { DEFAULT_SORT, DEFAULT_VIEW, type OptionalColumn, type SortState } from "../../url/view-state";
import { type AlertRow, AlertTable } from "./alert-table";
import { TableContext } from "./table-context";
import { useAlertTable } from "./use-alert-table";

cleanUpAfterEach();

/** How many times a title cell has been drawn: the rows are memoised, and this tells. */
const titleCellDrawn = vi.hoisted(() => ({ count: 0 }));
vi.mock("./title-cell", async (importOriginal) => {
  const original = await importOriginal<typeof import("./title-cell")>();
  return {
    ...original,
    TitleCell: (props: Parameters<typeof original.TitleCell>[0]) => {
      titleCellDrawn.count++;
      return original.TitleCell(props);
    },
  };
});

/** Six alerts of the real catalog: enough for the rules here, and quick to draw. */
const catalog = {
  ...realCatalog,
  alerts: realCatalog.alerts.filter((alert) =>
    [
      "AppServices_Nmap",
      "AppServices_CurlToDisk",
      "AppServices_DigitalCurrencyMining",
      "AppServices_PhishingContent",
      "AppServices_SuspectPhp",
      "AppServices_ReverseShell",
    ].includes(alert.id),
  ),
};

interface TableProps {
  sort: SortState;
  /** Which of the sorted rows to hand to the table, in which order. */
  pick: (rows: readonly AlertRow[]) => readonly AlertRow[];
  selectedId: string | null;
  onSort: (sort: SortState) => void;
  onOpen: (alert: Alert) => void;
  toggleTactic: (tactic: Tactic) => void;
}

const NO_COLUMNS: readonly OptionalColumn[] = [];

/** The table of those alerts, as the browser builds it. */
function Table({ sort, pick, selectedId, onSort, onOpen, toggleTactic }: TableProps) {
  // The same objects while their inputs are, as the browser keeps them.
  const view = useMemo(() => ({ ...DEFAULT_VIEW, sort }), [sort]);
  const { columnIds, rows } = useAlertTable(catalog, view, "en");
  const picked = useMemo(() => pick(rows), [pick, rows]);
  const context = useMemo(
    () =>
      ({
        language: "en",
        terms: [],
        activeTactics: [],
        toggleTactic,
        openAlert: onOpen,
        hrefFor: (alert: Alert) => `?alert=${alert.id}`,
        techniqueNames: new Map(),
      }) as const,
    [toggleTactic, onOpen],
  );
  return (
    <TableContext.Provider value={context}>
      <AlertTable
        columnIds={columnIds}
        rows={picked}
        sort={sort}
        onSort={onSort}
        selectedId={selectedId}
        onOpen={onOpen}
        virtualize={false}
        shown={NO_COLUMNS}
      />
    </TableContext.Provider>
  );
}

/** Renders the table, all rows by default; its callbacks are spies. */
function renderTable(options: Partial<Pick<TableProps, "sort" | "pick" | "selectedId">> = {}) {
  const spies = {
    onSort: vi.fn<(sort: SortState) => void>(),
    onOpen: vi.fn<(alert: Alert) => void>(),
    toggleTactic: vi.fn<(tactic: Tactic) => void>(),
  };
  const props = {
    sort: DEFAULT_SORT,
    pick: (rows: readonly AlertRow[]) => rows,
    selectedId: null,
    ...options,
  };
  return { ...spies, ...renderIn("en", <Table {...props} {...spies} />) };
}

/** The table's body rows, top to bottom (the header row is in its own row group). */
const bodyRows = () => within(screen.getAllByRole("rowgroup")[1] as HTMLElement).getAllByRole("row");
const titleOf = (row: HTMLElement) => within(row).getByRole("link").textContent;
const alertTitled = (title: string) => catalog.alerts.find((alert) => alert.title.en === title);

describe("AlertTable", () => {
  it("draws the rows in the order it is given, not in its own", () => {
    renderTable({ sort: { column: "title", desc: false }, pick: (rows) => [...rows].reverse() });
    const aToZ = catalog.alerts.map((alert) => alert.title.en).sort((a, b) => a.localeCompare(b, "en"));
    expect(bodyRows().map(titleOf)).toEqual(aToZ.reverse());
  });

  it("does not draw its rows again when the browser draws again with the same rows", () => {
    // useTable hands back a new table object on every render; nothing the rows take may follow it.
    const all = (rows: readonly AlertRow[]) => rows;
    const { rerender, onSort, onOpen, toggleTactic } = renderTable({ pick: all });
    expect(titleCellDrawn.count).toBeGreaterThan(0);
    titleCellDrawn.count = 0;
    rerender(
      <Table
        sort={DEFAULT_SORT}
        pick={all}
        selectedId={null}
        onSort={onSort}
        onOpen={onOpen}
        toggleTactic={toggleTactic}
      />,
    );
    expect(titleCellDrawn.count).toBe(0);
  });

  it("marks the alert shown in the detail pane as the selected row, and no other", () => {
    renderTable({ selectedId: "AppServices_CurlToDisk" });
    const selected = screen.getAllByRole("row", { selected: true });
    expect(selected.map(titleOf)).toEqual(["Saving curl output to disk detected"]);
  });

  it("opens the alert of a focused row on Enter", async () => {
    const { user, onOpen } = renderTable();
    const row = bodyRows()[3] as HTMLElement;
    row.focus();
    await user.keyboard("{Enter}");
    expect(onOpen.mock.calls).toEqual([[alertTitled(titleOf(row) ?? "")]]);
  });

  it("opens the alert of a row clicked anywhere", async () => {
    const { user, onOpen } = renderTable();
    const row = bodyRows()[4] as HTMLElement;
    await user.click(within(row).getAllByRole("cell")[2] as HTMLElement); // its ID, not its link
    expect(onOpen.mock.calls).toEqual([[alertTitled(titleOf(row) ?? "")]]);
  });

  it("filters on a tactic chip pressed in a row, without opening the row", async () => {
    const { user, onOpen, toggleTactic } = renderTable();
    const row = bodyRows().find((tr) => titleOf(tr) === "NMap scanning detected") as HTMLElement;
    within(row)
      .getAllByRole("button", { name: /^Pre-attack/ })[0]
      ?.focus();
    await user.keyboard("{Enter}");
    await user.click(within(row).getAllByRole("button", { name: /^Pre-attack/ })[1] as HTMLElement);
    expect(toggleTactic.mock.calls).toEqual([["PreAttack"], ["PreAttack"]]);
    expect(onOpen).not.toHaveBeenCalled();
  });
});

describe("AlertTable: its column headers", () => {
  const COLUMNS = ["Severity", "Title", "Alert ID", "Tactics", "Applies to"];
  /** Each header's aria-sort, by the header's accessible name. */
  const ariaSort = () =>
    Object.fromEntries(
      COLUMNS.map((name) => [name, screen.getByRole("columnheader", { name }).getAttribute("aria-sort")]),
    );

  it("say which column is sorted and which way; the others say none", () => {
    renderTable({ sort: { column: "title", desc: false } });
    expect(ariaSort()).toEqual({
      Severity: "none",
      Title: "ascending",
      "Alert ID": "none",
      Tactics: "none",
      "Applies to": "none",
    });
    cleanup();
    renderTable({ sort: { column: "severity", desc: true } });
    expect(ariaSort()).toEqual({
      Severity: "descending",
      Title: "none",
      "Alert ID": "none",
      Tactics: "none",
      "Applies to": "none",
    });
  });

  it("show a click's sort at once, and ask for it once that frame is painted", async () => {
    const { onSort } = renderTable({ sort: { column: "severity", desc: true } });
    fireEvent.click(screen.getByRole("button", { name: "Title" }));
    expect(ariaSort()).toMatchObject({ Severity: "none", Title: "ascending" });
    fireEvent.click(screen.getByRole("button", { name: "Title" }));
    expect(ariaSort()).toMatchObject({ Severity: "none", Title: "descending" });
    expect(onSort).not.toHaveBeenCalled();
    // Both clicks within one frame: the sort they end on is asked for, once.
    await waitFor(() => expect(onSort).toHaveBeenCalled());
    expect(onSort.mock.calls).toEqual([[{ column: "title", desc: true }]]);
  });

  it("ask for each column's first direction: severity from the most severe, the others ascending", async () => {
    const { onSort } = renderTable({ sort: { column: "id", desc: true } });
    for (const name of ["Severity", "Title", "Tactics", "Applies to", "Alert ID"]) {
      const calls = onSort.mock.calls.length;
      fireEvent.click(screen.getByRole("button", { name }));
      await waitFor(() => expect(onSort).toHaveBeenCalledTimes(calls + 1));
    }
    expect(onSort.mock.calls.map(([sort]) => sort)).toEqual([
      { column: "severity", desc: true },
      { column: "title", desc: false },
      { column: "tactics", desc: false },
      { column: "platforms", desc: false },
      { column: "id", desc: false },
    ]);
  });

  it("follow a sort given from elsewhere (Back, a link)", () => {
    const { rerender, onSort, onOpen, toggleTactic } = renderTable({
      sort: { column: "title", desc: false },
    });
    const props = {
      pick: (rows: readonly AlertRow[]) => rows,
      selectedId: null,
      onSort,
      onOpen,
      toggleTactic,
    };
    rerender(<Table {...props} sort={{ column: "id", desc: true }} />);
    expect(ariaSort()).toMatchObject({ Title: "none", "Alert ID": "descending" });
  });
});
