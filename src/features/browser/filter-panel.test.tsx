// @vitest-environment happy-dom
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { type Platform, type Severity, type Status, TACTICS, type Tactic } from "../../catalog/taxonomy";
import type { FacetCounts } from "../../search/filters";
import { cleanUpAfterEach, renderIn } from "../../ui/test-render";
import { FilterPanel } from "./filter-panel";

cleanUpAfterEach();

const COUNTS: FacetCounts = {
  severity: { High: 11, Medium: 18, Low: 9, Informational: 2 },
  platform: { Windows: 30, Linux: 25 },
  tactic: { ...(Object.fromEntries(TACTICS.map((t) => [t, 0])) as Record<Tactic, number>), PreAttack: 5 },
  status: { active: 28, deprecated: 12 },
  technique: {},
};

function renderPanel(selected: { severity?: Severity[]; tactic?: Tactic[]; platform?: Platform[] } = {}) {
  const onToggle = {
    severity: vi.fn<(value: Severity) => void>(),
    tactic: vi.fn<(value: Tactic) => void>(),
    platform: vi.fn<(value: Platform) => void>(),
    status: vi.fn<(value: Status) => void>(),
    technique: vi.fn<(id: string) => void>(),
  };
  const rendered = renderIn(
    "en",
    <FilterPanel
      selected={{ severity: [], tactic: [], platform: [], status: [], technique: [], ...selected }}
      counts={COUNTS}
      onToggle={onToggle}
      techniques={{ names: new Map(), columnShown: false, onColumnShownChange: vi.fn() }}
    />,
  );
  return { onToggle, ...rendered };
}

const box = (name: string) => screen.getByRole("checkbox", { name });

describe("FilterPanel", () => {
  it("shows the severity, platform, status and tactic facets with their counts", () => {
    renderPanel();
    const panel = screen.getByRole("region", { name: "Filters" });
    const facets = within(panel).getAllByRole("group");
    expect(facets).toEqual([
      screen.getByRole("group", { name: "Severity" }),
      screen.getByRole("group", { name: "Applies to" }),
      screen.getByRole("group", { name: "Status" }),
      screen.getByRole("group", { name: "MITRE tactic" }),
    ]);
    const [severity, platform, , tactic] = facets as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(within(severity).getAllByRole("checkbox")).toEqual([
      box("High 11"),
      box("Medium 18"),
      box("Low 9"),
      box("Informational 2"),
    ]);
    expect(within(platform).getAllByRole("checkbox")).toEqual([box("Windows 30"), box("Linux 25")]);
    expect(within(tactic).getAllByRole("checkbox")).toHaveLength(TACTICS.length);
    expect(within(tactic).getByRole("checkbox", { name: "Pre-attack 5" })).toHaveProperty("disabled", false);
    expect(within(tactic).getByRole("checkbox", { name: "Impact 0" })).toHaveProperty("disabled", true);
  });

  it("ticks the chosen values, and keeps a chosen value that shows nothing clickable", () => {
    renderPanel({ severity: ["High"], tactic: ["Probing"] });
    expect(screen.getAllByRole("checkbox", { checked: true })).toEqual([box("High 11"), box("Probing 0")]);
    expect(box("Probing 0")).toHaveProperty("disabled", false);
  });

  it("toggles a value in its own facet only", async () => {
    const { user, onToggle } = renderPanel();
    await user.click(box("Linux 25"));
    expect(onToggle.platform.mock.calls).toEqual([["Linux"]]);
    await user.click(box("Pre-attack 5"));
    expect(onToggle.tactic.mock.calls).toEqual([["PreAttack"]]);
    await user.click(box("High 11"));
    expect(onToggle.severity.mock.calls).toEqual([["High"]]);
    expect(onToggle.platform).toHaveBeenCalledTimes(1);
    expect(onToggle.tactic).toHaveBeenCalledTimes(1);
  });
});
