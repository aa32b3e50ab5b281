// @vitest-environment happy-dom
import { screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { cleanUpAfterEach, renderIn } from "../../ui/test-render";
import { SearchBox } from "./search-box";

cleanUpAfterEach();

type Handlers = {
  onChange: (value: string, pasted: boolean) => void;
  onSubmit: () => void;
  onDown: () => void;
  onLeave: () => void;
};

/** The box as the browser holds it: it is given back the last value it reported. */
function HeldSearchBox({ initial, handlers }: { initial: string; handlers: Handlers }) {
  const [value, setValue] = useState(initial);
  return (
    <SearchBox
      {...handlers}
      value={value}
      onChange={(next, pasted) => {
        handlers.onChange(next, pasted);
        setValue(next);
      }}
    />
  );
}

function renderSearchBox(initial = "") {
  const handlers = {
    onChange: vi.fn<Handlers["onChange"]>(),
    onSubmit: vi.fn(),
    onDown: vi.fn(),
    onLeave: vi.fn(),
  };
  return { ...handlers, ...renderIn("en", <HeldSearchBox initial={initial} handlers={handlers} />) };
}

const box = () => screen.getByRole("searchbox", { name: "Search alerts" });
const clearButton = () => screen.queryByRole("button", { name: "Clear search" });

describe("SearchBox", () => {
  it("reports what is typed, keystroke by keystroke", async () => {
    const { user, onChange } = renderSearchBox();
    await user.type(box(), "curl");
    expect(onChange.mock.calls.map(([value]) => value)).toEqual(["c", "cu", "cur", "curl"]);
    expect(onChange.mock.calls.every(([, pasted]) => !pasted)).toBe(true);
    expect(box()).toHaveProperty("value", "curl");
  });

  it("says when the text was pasted whole", async () => {
    const { user, onChange } = renderSearchBox();
    await user.click(box());
    await user.paste("AppServices_CurlToDisk");
    expect(onChange.mock.calls).toEqual([["AppServices_CurlToDisk", true]]);
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
    expect(onChange.mock.calls).toEqual([["", false]]);
    expect(box()).toHaveProperty("value", "");
    expect(clearButton()).toBeNull();
  });

  it("hands Enter, ↓ and Esc on, and keeps the text on Esc", async () => {
    const { user, onSubmit, onDown, onLeave, onChange } = renderSearchBox("certutil");
    await user.click(box());
    await user.keyboard("{Enter}{ArrowDown}{Escape}");
    expect([onSubmit.mock.calls.length, onDown.mock.calls.length, onLeave.mock.calls.length]).toEqual([
      1, 1, 1,
    ]);
    expect(onChange).not.toHaveBeenCalled();
    expect(box()).toHaveProperty("value", "certutil");
  });
});
