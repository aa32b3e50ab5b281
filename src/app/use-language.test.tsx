// @vitest-environment happy-dom
import { act } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Language } from "../catalog/schema";
import type { Translation } from "../i18n/translation-context";
import { freshRoot } from "../ui/test-root";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Each language's strings arrive (or fail to) when the test says so, as from a slow network. */
const network = vi.hoisted(() => ({
  visit: 0,
  asked: [] as string[],
  pending: new Map<string, { arrive: () => void; fail: () => void }>(),
}));
vi.mock("../i18n/translation-context", async () => {
  const { later } = await import("../ui/loaded-later");
  const chunk = (language: Language) =>
    later(
      () =>
        new Promise<Translation>((resolve, reject) => {
          network.asked.push(language);
          network.pending.set(language, {
            arrive: () => resolve({ language, i18n: {} } as Translation),
            fail: () => reject(new TypeError("Failed to fetch")),
          });
        }),
      { now: true },
    );
  let visit = -1;
  let chunks = { fr: chunk("fr"), en: chunk("en") };
  return {
    translationFor: (language: Language) => {
      if (visit !== network.visit) [visit, chunks] = [network.visit, { fr: chunk("fr"), en: chunk("en") }];
      return chunks[language];
    },
  };
});

/** The hook of a fresh visit's module (each test loads it anew). */
let useLanguage: typeof import("./use-language").useLanguage;
function Shown({ lang }: { lang: Language | null }) {
  return <p>{useLanguage(lang)?.language ?? "nothing yet"}</p>;
}

const dom = freshRoot();
const show = (lang: Language | null) => act(() => dom.root.render(<Shown lang={lang} />));
beforeEach(async () => {
  network.visit += 1; // a fresh visit: nothing loaded yet
  network.asked.length = 0;
  network.pending.clear();
  window.history.replaceState(null, "", "?lang=fr"); // the link the visit starts from
  vi.resetModules();
  ({ useLanguage } = await import("./use-language"));
});
afterEach(() => {
  vi.useRealTimers();
});
const settle = (language: Language, outcome: "arrive" | "fail") =>
  act(async () => network.pending.get(language)?.[outcome]());

describe("useLanguage", () => {
  it("waits for the first language's strings, keeps a language until the next one's are in, and preloads the other", async () => {
    expect(network.asked).toEqual(["fr"]); // as soon as the code runs
    show(null);
    expect(dom.container.textContent).toBe("nothing yet");

    await settle("fr", "arrive");
    expect(dom.container.textContent).toBe("fr");
    expect(document.documentElement.lang).toBe("fr");
    expect(network.asked).toEqual(["fr", "en"]); // the other, right after the first view

    show("en"); // asked for before its strings are in: French stays, all of it
    expect(dom.container.textContent).toBe("fr");
    expect(document.documentElement.lang).toBe("fr");

    show("fr"); // changed one's mind meanwhile
    await settle("en", "arrive");
    expect(dom.container.textContent).toBe("fr"); // the late English does not take over

    show("en"); // in now: at once
    expect(dom.container.textContent).toBe("en");
    expect(document.documentElement.lang).toBe("en");
  });

  it("tries again when the network fails, and shows the page once the strings are in", async () => {
    vi.useFakeTimers();
    show(null);
    await settle("fr", "fail");
    expect(dom.container.textContent).toBe("nothing yet");

    await act(async () => vi.advanceTimersByTime(2000));
    expect(network.asked).toEqual(["fr", "fr"]);
    await settle("fr", "arrive");
    expect(dom.container.textContent).toBe("fr");
  });
});
