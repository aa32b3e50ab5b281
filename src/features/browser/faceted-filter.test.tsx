// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { SEVERITIES, type Severity } from "../../catalog/taxonomy";
import { afterAPaint, cleanUpAfterEach, renderIn } from "../../ui/test-render";
import { FacetedFilter } from "./faceted-filter";

cleanUpAfterEach();

const COUNTS: Record<Severity, number> = { High: 3, Medium: 0, Low: 0, Informational: 12 };

/** The severity facet; `select` draws it again with other values selected (from elsewhere). */
function renderSeverityFacet(selected: Severity[] = []) {
  const onToggle = vi.fn<(value: Severity) => void>();
  const facet = (values: Severity[]) => (
    <FacetedFilter
      facet="severity"
      values={SEVERITIES}
      selected={values}
      counts={COUNTS}
      onToggle={onToggle}
    />
  );
  const rendered = renderIn("en", facet(selected));
  return { onToggle, select: (values: Severity[]) => rendered.rerender(facet(values)), ...rendered };
}

/** A checkbox is named by its value and its count, as a screen reader reads it. */
const box = (name: string) => screen.getByRole("checkbox", { name });

describe("FacetedFilter", () => {
  it("shows every value of the facet, in order, each with its count", () => {
    renderSeverityFacet();
    const group = screen.getByRole("group", { name: "Severity" });
    expect(within(group).getAllByRole("checkbox")).toEqual([
      box("High 3"),
      box("Medium 0"),
      box("Low 0"),
      box("Informational 12"),
    ]);
  });

  it("disables a value that would show no alert, unless it is ticked", () => {
    renderSeverityFacet(["Low"]);
    expect(box("Medium 0")).toHaveProperty("disabled", true);
    // Ticked with nothing left to show: it must stay clickable, or it could never be unticked.
    expect(box("Low 0")).toHaveProperty("disabled", false);
    expect(box("High 3")).toHaveProperty("disabled", false);
  });

  it("ticks the selected values only", () => {
    renderSeverityFacet(["High", "Low"]);
    expect(screen.getAllByRole("checkbox", { checked: true })).toEqual([box("High 3"), box("Low 0")]);
  });

  it("ticking or unticking a value shows at once, and asks for that value to be toggled once painted", async () => {
    const { onToggle } = renderSeverityFacet(["High"]);
    fireEvent.click(box("Informational 12"));
    expect(box("Informational 12")).toHaveProperty("checked", true);
    fireEvent.click(box("High 3"));
    expect(box("High 3")).toHaveProperty("checked", false);
    expect(onToggle).not.toHaveBeenCalled();
    // Both in one frame: each is toggled, once.
    await waitFor(() => expect(onToggle).toHaveBeenCalledTimes(2));
    expect(onToggle.mock.calls.toSorted()).toEqual([["High"], ["Informational"]]);
  });

  it("a value ticked and unticked within one frame is not toggled", async () => {
    const { onToggle } = renderSeverityFacet();
    fireEvent.click(box("High 3"));
    fireEvent.click(box("High 3"));
    fireEvent.click(box("Informational 12"));
    await waitFor(() => expect(onToggle).toHaveBeenCalled());
    expect(onToggle.mock.calls).toEqual([["Informational"]]);
  });

  it("toggles nothing when a disabled value is clicked", async () => {
    const { user, onToggle } = renderSeverityFacet();
    await user.click(box("Medium 0"));
    await afterAPaint();
    expect(onToggle).not.toHaveBeenCalled();
  });

  it("drops a tick not sent yet when the filter changes elsewhere (Clear all, Back): the later action wins", async () => {
    const { select, onToggle } = renderSeverityFacet(["Low"]);
    fireEvent.click(box("High 3"));
    select([]);
    expect(screen.queryAllByRole("checkbox", { checked: true })).toEqual([]);
    await afterAPaint();
    expect(onToggle).not.toHaveBeenCalled();
  });

  it("sends a tick not sent yet when it leaves the page (the phone's sheet closed in the same frame)", () => {
    const { unmount, onToggle } = renderSeverityFacet();
    fireEvent.click(box("High 3"));
    unmount();
    expect(onToggle.mock.calls).toEqual([["High"]]);
  });
});
