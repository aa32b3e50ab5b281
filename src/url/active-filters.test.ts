import { describe, expect, it } from "vitest";
import { activeFilters, NO_FILTERS, withoutFilter } from "./active-filters";
import { DEFAULT_VIEW, parseViewState, serializeViewState } from "./view-state";

describe("activeFilters", () => {
  it("gives no chip for the default view, whatever the search", () => {
    const view = { ...DEFAULT_VIEW, q: "certutil" };
    expect(activeFilters(view)).toEqual([]);
  });

  it("gives one chip per value, facets in the panel's order, values in taxonomy order", () => {
    const view = parseViewState(
      "?tactic=Execution,InitialAccess&platform=Linux&severity=Low,High&status=deprecated",
    );
    expect(activeFilters(view)).toEqual([
      { facet: "severity", value: "High" },
      { facet: "severity", value: "Low" },
      { facet: "platform", value: "Linux" },
      { facet: "status", value: "deprecated" },
      { facet: "tactic", value: "InitialAccess" },
      { facet: "tactic", value: "Execution" },
    ]);
  });
});

describe("withoutFilter", () => {
  it("removes that value only, and the URL loses just it", () => {
    const view = parseViewState("?q=curl&severity=High,Medium&platform=Linux");
    const next = withoutFilter(view, { facet: "severity", value: "High" });
    expect(serializeViewState(next)).toBe("?q=curl&severity=Medium&platform=Linux");
    expect(view.severity).toEqual(["High", "Medium"]); // the given view is left as it was
  });

  it("drops the parameter with its last value", () => {
    const view = parseViewState("?platform=Linux");
    expect(serializeViewState(withoutFilter(view, { facet: "platform", value: "Linux" }))).toBe("");
  });
});

describe("NO_FILTERS", () => {
  it("clears every facet and keeps the search", () => {
    const view = parseViewState("?q=curl&severity=High&tactic=Execution&platform=Linux&status=active");
    expect(serializeViewState({ ...view, ...NO_FILTERS })).toBe("?q=curl");
  });
});
