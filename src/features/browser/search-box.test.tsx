// @vitest-environment happy-dom
import { screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { cleanUpAfterEach, renderIn } from "../../ui/test-render";
import { SearchBox } from "./search-box";

cleanUpAfterEach();

/** The box as the browser holds it: it is given back the last value it reported. */
function HeldSearchBox({ initial, onChange }: { initial: string; onChange: (value: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <SearchBox
      value={value}
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
    />
  );
}

function renderSearchBox(initial = "") {
  const onChange = vi.fn<(value: string) => void>();
  return { onChange, ...renderIn("en", <HeldSearchBox initial={initial} onChange={onChange} />) };
}

const box = () => screen.getByRole("searchbox", { name: "Search alerts" });
const clearButton = () => screen.queryByRole("button", { name: "Clear search" });

describe("SearchBox", () => {
  it("reports what is typed, keystroke by keystroke", async () => {
    const { user, onChange } = renderSearchBox();
    await user.type(box(), "curl");
    expect(onChange.mock.calls).toEqual([["c"], ["cu"], ["cur"], ["curl"]]);
    expect(box()).toHaveProperty("value", "curl");
  });

  it("offers a clear button only when there is something to clear", async () => {
    const { user } = renderSearchBox();
    expect(clearButton()).toBeNull();
    await user.type(box(), "x");
    expect(clearButton()).not.toBeNull();
  });

  it("empties the search when the clear button is pressed", async () => {
    const { user, onChange } = renderSearchBox("certutil");
    await user.click(screen.getByRole("button", { name: "Clear search" }));
    expect(onChange.mock.calls).toEqual([[""]]);
    expect(box()).toHaveProperty("value", "");
    expect(clearButton()).toBeNull();
  });
});
