// @vitest-environment happy-dom
import { act } from "react";
import { I18nextProvider } from "react-i18next";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ALL_STRINGS } from "../i18n/all-strings";
import { createI18n } from "../i18n/i18n";
import { CopyButton } from "./copy-button";
import { freshRoot } from "./test-root";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const english = createI18n("en", ALL_STRINGS);

const dom = freshRoot();
let written: string[];
beforeEach(() => {
  written = [];
  vi.spyOn(navigator.clipboard, "writeText").mockImplementation(async (text) => {
    written.push(text);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Clicks a CopyButton; says what was written during the click itself, then what it shows. */
async function click(text: string | (() => string | Promise<string>)) {
  act(() =>
    dom.root.render(
      <I18nextProvider i18n={english}>
        <CopyButton text={text} label="Copy" />
      </I18nextProvider>,
    ),
  );
  let duringClick: string[] = [];
  await act(async () => {
    dom.container.querySelector("button")?.click();
    duringClick = [...written];
  });
  return { duringClick, shown: dom.container.querySelector("[aria-live]")?.textContent };
}

describe("CopyButton", () => {
  it("copies a text at hand within the click, as some browsers require", async () => {
    expect(await click("AppServices_CurlToDisk")).toEqual({
      duringClick: ["AppServices_CurlToDisk"],
      shown: "✓ Copied",
    });
    expect(await click(() => "SecurityAlert")).toEqual({
      duringClick: ["AppServices_CurlToDisk", "SecurityAlert"],
      shown: "✓ Copied",
    });
  });

  it("copies a text whose code was still loading, once it is made", async () => {
    expect(await click(() => Promise.resolve("SecurityAlert"))).toEqual({
      duringClick: [],
      shown: "✓ Copied",
    });
    expect(written).toEqual(["SecurityAlert"]);
  });

  it("says the copy failed when the text cannot be made", async () => {
    expect(await click(() => Promise.reject(new Error("offline")))).toEqual({
      duringClick: [],
      shown: "Copy failed",
    });
    expect(written).toEqual([]);
  });

  describe("its confirmation", () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    const render = (subject: unknown, text: string | (() => string | Promise<string>) = "x") =>
      act(() =>
        dom.root.render(
          <I18nextProvider i18n={english}>
            <CopyButton text={text} subject={subject} label="Copy" />
          </I18nextProvider>,
        ),
      );
    const press = () => act(async () => dom.container.querySelector("button")?.click());
    const shown = () => dom.container.querySelector("[aria-live]")?.textContent;
    const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

    it("lasts two seconds from the latest click", async () => {
      render("a");
      await press();
      await wait(1500);
      await press();
      await wait(1000);
      expect(shown()).toBe("✓ Copied");
      await wait(1100);
      expect(shown()).toBe("");
    });

    it("goes when the button copies something else, the label unchanged", async () => {
      const twoAlerts = ["one", "two"];
      render(twoAlerts);
      await press();
      expect(shown()).toBe("✓ Copied");
      render(twoAlerts); // the same set again: still copied
      expect(shown()).toBe("✓ Copied");
      render(["three", "four"]);
      expect(shown()).toBe("");
    });

    it("is not shown for a text made after the button moved on", async () => {
      let finish: (text: string) => void = () => {};
      const later = () => new Promise<string>((resolve) => (finish = resolve));
      render("first", later);
      await press();
      render("second", later);
      await act(async () => finish("query"));
      expect(written).toEqual(["query"]);
      expect(shown()).toBe("");
    });
  });
});
