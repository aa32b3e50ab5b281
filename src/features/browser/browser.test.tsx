// @vitest-environment happy-dom
import { act, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { type Dispatch, type SetStateAction, useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { realCatalog } from "../../catalog/test-catalog";
import { cleanUpAfterEach, renderIn } from "../../ui/test-render";
import type { HistoryMode, ViewUpdate } from "../../url/use-view-state";
import { DEFAULT_VIEW, type ViewState } from "../../url/view-state";
import { Browser } from "./browser";

cleanUpAfterEach();
// Each step draws the 40-row table again: on a loaded machine that can take over waitFor's 1 s.
configure({ asyncUtilTimeout: 5_000 });

type SetView = (update: ViewUpdate, mode?: HistoryMode) => void;

/** The browser with its view in React state, as useViewState holds it; `show` is told each view drawn. */
function HeldBrowser(props: {
  initial: ViewState;
  setView: SetView;
  show: (view: ViewState, hold: Dispatch<SetStateAction<ViewState>>) => void;
}) {
  const [view, hold] = useState(props.initial);
  props.show(view, hold);
  return <Browser catalog={realCatalog} view={view} setView={props.setView} language="en" />;
}

/**
 * The browser over the real catalog (40 alerts): each update applies to the view as it stands, in
 * the same render as the updates made with it. `setView` is a spy.
 */
function renderBrowser(initial: Partial<ViewState> = {}) {
  let view: ViewState = { ...DEFAULT_VIEW, ...initial };
  let hold: Dispatch<SetStateAction<ViewState>> = () => {};
  const setView = vi.fn<SetView>((update) =>
    hold((current) => (typeof update === "function" ? update(current) : { ...current, ...update })),
  );
  const show = (shown: ViewState, holder: typeof hold) => {
    [view, hold] = [shown, holder];
  };
  return {
    ...renderIn("en", <HeldBrowser initial={view} setView={setView} show={show} />),
    setView,
    view: () => view,
  };
}

const resultCount = () => screen.getByRole("status").textContent;
const bodyRows = () => within(screen.getAllByRole("rowgroup")[1] as HTMLElement).getAllByRole("row");
const filters = () => within(screen.getByRole("region", { name: "Filters" }));
const clearAll = () => screen.queryByRole("button", { name: "Clear all" });
const ariaSort = (column: string) =>
  screen.getByRole("columnheader", { name: column }).getAttribute("aria-sort");
/** A tactic's chips: one per row having it (the narrow layout repeats it in the title cell). */
const chips = (tactic: string) => screen.getAllByRole("button", { name: new RegExp(`^${tactic} \\(`) });

// Each step draws the 40-row table again: slower than most unit tests, far quicker than a journey.
describe("Browser", { timeout: 30_000 }, () => {
  it("counts the alerts shown out of the whole catalog", () => {
    renderBrowser({ q: "certutil" });
    expect(resultCount()).toBe("2 of 40 alerts");
  });

  it("filters on a facet value when its box is ticked; the count and the table follow", async () => {
    const { user, setView, view } = renderBrowser();
    expect(resultCount()).toBe("40 of 40 alerts");
    await user.click(filters().getByRole("checkbox", { name: "High 11" }));
    expect(filters().getByRole("checkbox", { name: "High 11" })).toHaveProperty("checked", true);
    // The box is ticked at once; the filter and then the results follow once it is painted.
    await waitFor(() => expect(view().severity).toEqual(["High"]));
    expect(setView).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(resultCount()).toBe("11 of 40 alerts"));
    expect(bodyRows()).toHaveLength(11);

    await user.click(filters().getByRole("checkbox", { name: /^Linux \d+$/ }));
    await waitFor(() => expect(view()).toMatchObject({ severity: ["High"], platform: ["Linux"] }));
    await user.click(filters().getByRole("checkbox", { name: /^High \d+$/ }));
    await waitFor(() => expect(view()).toMatchObject({ severity: [], platform: ["Linux"] }));
  });

  it("a search that matches nothing names it, and offers to clear the search or the filters", async () => {
    const { user, view } = renderBrowser({ q: "no such alert", severity: ["High"] });
    const empty = () => within(screen.getByTestId("empty-state"));
    expect(resultCount()).toBe("0 of 40 alerts");
    expect((await screen.findByTestId("empty-state", {}, { timeout: 10_000 })).textContent).toContain(
      "No alert matches “\u2068no such alert\u2069” with these filters.",
    );
    expect(screen.queryByRole("table")).toBeNull();

    await user.click(empty().getByRole("button", { name: "Clear filters" }));
    expect(view()).toMatchObject({ q: "no such alert", severity: [] });
    await waitFor(() =>
      expect(screen.getByTestId("empty-state").textContent).toContain(
        "No alert matches “\u2068no such alert\u2069”.",
      ),
    );
    expect(empty().queryByRole("button", { name: "Clear filters" })).toBeNull();

    await user.click(empty().getByRole("button", { name: "Clear search" }));
    expect(view().q).toBe("");
    await waitFor(() => expect(resultCount()).toBe("40 of 40 alerts"));
    expect(screen.queryByTestId("empty-state")).toBeNull();
  });

  it("filters alone that match nothing say so, and their button leaves the search", async () => {
    const { user, view } = renderBrowser({ severity: ["Informational"], tactic: ["Impact"] });
    expect(await screen.findByText("No alert matches these filters.", {}, { timeout: 10_000 })).toBeTruthy();
    expect(
      within(screen.getByTestId("empty-state")).queryByRole("button", { name: "Clear search" }),
    ).toBeNull();
    await user.click(
      within(screen.getByTestId("empty-state")).getByRole("button", { name: "Clear filters" }),
    );
    expect(view()).toMatchObject({ severity: [], tactic: [] });
  });

  it("opens an alert named in any case, and writes its real ID back", async () => {
    const { setView } = renderBrowser({ alert: "appservices_knowncredentialaccesstools" });
    // The pane is loaded on first use: under load that takes a while.
    expect(
      await screen.findByRole("complementary", { name: "Suspicious process executed" }, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(setView).toHaveBeenCalledWith({ alert: "AppServices_KnownCredential AccessTools" }, "replace");
  });

  it("puts an unknown alert ID in the search box and suggests the closest IDs", async () => {
    const { user, view } = renderBrowser({ alert: "AppServices_CurlToDisks" });
    expect(view().q).toBe("AppServices_CurlToDisks");
    const suggestion = within(await screen.findByTestId("id-suggestions", {}, { timeout: 10_000 })).getByRole(
      "link",
      {
        name: "AppServices_CurlToDisk",
      },
    );
    expect(suggestion.getAttribute("href")).toBe("?lang=en&alert=AppServices_CurlToDisk");
    await user.click(suggestion);
    expect(view()).toMatchObject({ q: "", alert: "AppServices_CurlToDisk" });
  });

  it("sorts by severity High first, and by any other column A to Z first", async () => {
    const { user, view } = renderBrowser({ sort: { column: "title", desc: true } });
    await user.click(screen.getByRole("button", { name: "Severity" }));
    await waitFor(() => expect(view().sort).toEqual({ column: "severity", desc: true }));
    expect(ariaSort("Severity")).toBe("descending");
    for (const [name, column] of [
      ["Title", "title"],
      ["Alert ID", "id"],
      ["Tactics", "tactics"],
      ["Applies to", "platforms"],
    ] as const) {
      await user.click(screen.getByRole("button", { name }));
      await waitFor(() => expect(view().sort).toEqual({ column, desc: false }));
      expect(ariaSort(name)).toBe("ascending");
      expect(ariaSort("Severity")).toBe("none");
    }
  });

  it("shows a new sort in its header at once; the sort and then the rows follow once it is painted", async () => {
    const { user, view } = renderBrowser({ sort: { column: "title", desc: false } });
    const titles = () => bodyRows().map((row) => row.getAttribute("data-alert-id"));
    const ascending = titles();
    await user.click(screen.getByRole("button", { name: "Title" }));
    expect(ariaSort("Title")).toBe("descending");
    expect(titles()).toEqual(ascending);
    await waitFor(() => expect(view().sort).toEqual({ column: "title", desc: true }));
    await waitFor(() => expect(titles()).toEqual(ascending.toReversed()));
    expect(screen.getByRole("main").hasAttribute("aria-busy")).toBe(false);
  });

  it("reverses the sort when the sorted column's header is clicked again", async () => {
    const { user, view } = renderBrowser();
    await user.click(screen.getByRole("button", { name: "Severity" }));
    await waitFor(() => expect(view().sort).toEqual({ column: "severity", desc: false }));
    expect(ariaSort("Severity")).toBe("ascending");
    await user.click(screen.getByRole("button", { name: "Title" }));
    await user.click(screen.getByRole("button", { name: "Title" }));
    await waitFor(() => expect(view().sort).toEqual({ column: "title", desc: true }));
    expect(ariaSort("Title")).toBe("descending");
  });

  it("filters on a tactic when its chip is pressed, and stops when it is pressed again", async () => {
    const { user, view } = renderBrowser();
    await user.click(chips("Pre-attack")[0] as HTMLElement);
    expect(view().tactic).toEqual(["PreAttack"]);
    await waitFor(() => expect(resultCount()).toBe("5 of 40 alerts"));
    // The chips and the facet are one filter, and all say so.
    expect(chips("Pre-attack").map((chip) => chip.getAttribute("aria-pressed"))).toEqual(
      Array(10).fill("true"),
    );
    expect(filters().getByRole("checkbox", { name: "Pre-attack 5" })).toHaveProperty("checked", true);

    await user.click(chips("Pre-attack")[3] as HTMLElement);
    expect(view().tactic).toEqual([]);
    await waitFor(() => expect(resultCount()).toBe("40 of 40 alerts"));
  });

  it("shows each active filter as a chip that removes it, and Clear all, which keeps the search", async () => {
    const { user, view } = renderBrowser();
    await user.type(screen.getByRole("searchbox", { name: "Search alerts" }), "e");
    await waitFor(() => expect(view().q).toBe("e"));
    expect(clearAll()).toBeNull(); // a search alone is no filter
    await user.click(filters().getByRole("checkbox", { name: /^Windows \d+$/ }));
    await user.click(filters().getByRole("checkbox", { name: /^High \d+$/ }));
    await waitFor(() => expect(view()).toMatchObject({ severity: ["High"], platform: ["Windows"] }));
    const active = within(screen.getByRole("list", { name: "Active filters" }));
    expect(active.getAllByRole("button").map((chip) => chip.textContent)).toEqual(["High✕", "Windows✕"]);

    await user.click(active.getByRole("button", { name: "Remove the filter Severity: High" }));
    expect(view()).toMatchObject({ q: "e", severity: [], platform: ["Windows"] });
    await user.click(clearAll() as HTMLElement);
    expect(view()).toMatchObject({ q: "e", severity: [], tactic: [], platform: [], status: [] });
    expect(clearAll()).toBeNull();
  });

  it("on Enter pressed before the results have caught up, opens the first result of what was typed", async () => {
    const { user, view } = renderBrowser();
    const first = bodyRows()[0]?.getAttribute("data-alert-id");
    // The box sends its text after a frame and the results follow: Enter may come before either.
    await user.type(screen.getByRole("searchbox", { name: "Search alerts" }), "certutil{Enter}");
    await waitFor(() => expect(view().alert).not.toBeNull());
    expect(view().alert).not.toBe(first);
    expect(view().alert).toBe(bodyRows()[0]?.getAttribute("data-alert-id"));
    expect(resultCount()).toBe("2 of 40 alerts");
  });

  it("on Enter, opens nothing if the search changes elsewhere (Back, a link) before the results come", async () => {
    const { view, setView } = renderBrowser();
    const box = screen.getByRole("searchbox", { name: "Search alerts" });
    fireEvent.change(box, { target: { value: "certutil" } });
    // Back within the frame of Enter: React draws both changes together.
    act(() => {
      fireEvent.keyDown(box, { key: "Enter" });
      setView({ q: "web shell" });
    });
    await waitFor(() => expect(resultCount()).not.toBe("40 of 40 alerts"));
    expect(view()).toMatchObject({ q: "web shell", alert: null });
    // Were the first result opened, it would be once these results are in.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(view().alert).toBeNull();
  });

  it("replaces the history entry as the user types, but pushes one for a ticked box", async () => {
    const { user, setView } = renderBrowser();
    await user.type(screen.getByRole("searchbox", { name: "Search alerts" }), "ph");
    await waitFor(() => expect(setView.mock.lastCall).toEqual([{ q: "ph" }, "replace"]));
    expect(setView.mock.calls.every(([, mode]) => mode === "replace")).toBe(true);
    setView.mockClear();
    await user.click(filters().getByRole("checkbox", { name: /^Linux \d+$/ }));
    await waitFor(() => expect(setView.mock.calls).toEqual([[expect.any(Function)]]));
  });
});
