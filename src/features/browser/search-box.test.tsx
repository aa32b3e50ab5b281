// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { afterAPaint, cleanUpAfterEach, renderIn } from "../../ui/test-render";
import { SearchBox } from "./search-box";

cleanUpAfterEach();

type Handlers = {
  onChange: (value: string, pasted: boolean) => void;
  onSubmit: (value: string) => void;
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

const spyHandlers = () => ({
  onChange: vi.fn<Handlers["onChange"]>(),
  onSubmit: vi.fn<Handlers["onSubmit"]>(),
  onDown: vi.fn(),
  onLeave: vi.fn(),
});

function renderSearchBox(initial = "") {
  const handlers = spyHandlers();
  return { ...handlers, ...renderIn("en", <HeldSearchBox initial={initial} handlers={handlers} />) };
}

const box = () => screen.getByRole("searchbox", { name: "Search alerts" });
const clearButton = () => screen.queryByRole("button", { name: "Clear search" });

describe("SearchBox", () => {
  it("shows a key at once and sends the text once that frame is painted, the last of a frame's keys", async () => {
    const { onChange } = renderSearchBox();
    fireEvent.change(box(), { target: { value: "c" } });
    expect(box()).toHaveProperty("value", "c");
    fireEvent.change(box(), { target: { value: "cu" } });
    expect(box()).toHaveProperty("value", "cu");
    expect(onChange).not.toHaveBeenCalled();
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(onChange.mock.calls).toEqual([["cu", false]]);
  });

  it("sends what is typed", async () => {
    const { user, onChange } = renderSearchBox();
    await user.type(box(), "curl");
    await waitFor(() => expect(onChange.mock.lastCall).toEqual(["curl", false]));
    expect(onChange.mock.calls.every(([, pasted]) => !pasted)).toBe(true);
    expect(box()).toHaveProperty("value", "curl");
  });

  it("says when the text was pasted whole", async () => {
    const { user, onChange } = renderSearchBox();
    await user.click(box());
    await user.paste("AppServices_CurlToDisk");
    await waitFor(() => expect(onChange.mock.calls).toEqual([["AppServices_CurlToDisk", true]]));
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
    expect(box()).toHaveProperty("value", "");
    expect(clearButton()).toBeNull();
    await waitFor(() => expect(onChange.mock.calls).toEqual([["", false]]));
  });

  it("hands Enter, ↓ and Esc on, and keeps the text on Esc", async () => {
    const { user, onSubmit, onDown, onLeave, onChange } = renderSearchBox("certutil");
    await user.click(box());
    await user.keyboard("{Enter}{ArrowDown}{Escape}");
    expect(onSubmit.mock.calls).toEqual([["certutil"]]);
    expect([onDown.mock.calls.length, onLeave.mock.calls.length]).toEqual([1, 1]);
    expect(onChange).not.toHaveBeenCalled();
    expect(box()).toHaveProperty("value", "certutil");
  });

  it("on Enter, sends the text not sent yet before handing Enter on", () => {
    const { onChange, onSubmit } = renderSearchBox();
    fireEvent.change(box(), { target: { value: "cert" } });
    fireEvent.keyDown(box(), { key: "Enter" });
    expect(onChange.mock.calls).toEqual([["cert", false]]);
    expect(onSubmit.mock.calls).toEqual([["cert"]]);
    expect(onChange.mock.invocationCallOrder[0]).toBeLessThan(onSubmit.mock.invocationCallOrder[0] ?? 0);
  });

  it("on ↓, sends the text not sent yet before moving to the results", () => {
    const { onChange, onDown } = renderSearchBox();
    fireEvent.change(box(), { target: { value: "cert" } });
    fireEvent.keyDown(box(), { key: "ArrowDown" });
    expect(onChange.mock.calls).toEqual([["cert", false]]);
    expect(onChange.mock.invocationCallOrder[0]).toBeLessThan(onDown.mock.invocationCallOrder[0] ?? 0);
  });

  it("holds no more than a link keeps, so that what it shows is what is searched", async () => {
    const { user, onChange } = renderSearchBox();
    await user.click(box());
    await user.paste("a".repeat(250));
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(onChange.mock.lastCall?.[0]).toHaveLength(200);
    expect((box() as HTMLInputElement).value).toHaveLength(200);
  });

  it("takes a search changed elsewhere, and drops a text of its own not sent yet: the later action wins", async () => {
    const handlers = spyHandlers();
    const { rerender } = renderIn("en", <SearchBox value="" {...handlers} />);
    rerender(<SearchBox value="web shell" {...handlers} />);
    expect(box()).toHaveProperty("value", "web shell");
    fireEvent.change(box(), { target: { value: "web shel" } });
    // Back, pressed in the frame of the key.
    rerender(<SearchBox value="" {...handlers} />);
    expect(box()).toHaveProperty("value", "");
    await afterAPaint();
    expect(handlers.onChange).not.toHaveBeenCalled();
    fireEvent.change(box(), { target: { value: "certutil" } });
    await waitFor(() => expect(handlers.onChange.mock.calls).toEqual([["certutil", false]]));
    rerender(<SearchBox value="certutil" {...handlers} />);
    expect(box()).toHaveProperty("value", "certutil");
  });

  it("sends a text not sent yet when it leaves the page", () => {
    const { onChange, unmount } = renderSearchBox();
    fireEvent.change(box(), { target: { value: "curl" } });
    unmount();
    expect(onChange.mock.calls).toEqual([["curl", false]]);
  });
});
