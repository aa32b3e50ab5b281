// @vitest-environment happy-dom
import { screen, within } from "@testing-library/react";
import type { ComponentProps } from "react";
import { describe, expect, it, vi } from "vitest";
import { techniqueNames } from "../../catalog/attack";
import type { Alert, Language } from "../../catalog/schema";
import { realCatalog } from "../../catalog/test-catalog";
import { cleanUpAfterEach, renderIn } from "../../ui/test-render";
import { DetailPane } from "./detail-pane";

cleanUpAfterEach();

const alertById = (id: string) => realCatalog.alerts.find((alert) => alert.id === id) as Alert;
/** High; two tactics, two platforms; a description with two placeholders. */
const toolkit = alertById("AppServices_FilelessAttackToolkitDetection");
const technique = alertById("AppServices_FilelessAttackTechniqueDetection");
const eicar = alertById("AppServices_EICAR");

type Props = ComponentProps<typeof DetailPane>;

function paneProps(overrides: Partial<Props> = {}): Props {
  return {
    alert: toolkit,
    language: "en",
    position: { index: 13, count: 40, previous: technique, next: eicar },
    link: "https://example.test/?alert=AppServices_FilelessAttackToolkitDetection",
    activeTactics: [],
    onToggleTactic: vi.fn(),
    onNavigate: vi.fn(),
    onClose: vi.fn(),
    bilingual: false,
    onBilingualChange: vi.fn(),
    history: [],
    errata: [],
    techniqueNames: techniqueNames(realCatalog),
    reasons: undefined,
    attackVersion: "19.2",
    ...overrides,
  };
}

/** The pane in `language` (the UI's strings and the alert's text agree, as in the app). */
function renderPane(overrides: Partial<Props> = {}) {
  const props = paneProps(overrides);
  const rendered = renderIn(props.language, <DetailPane key={props.alert.id} {...props} />);
  return {
    ...rendered,
    props,
    // As the app does, each alert gets a pane of its own (a key).
    rerenderPane: (more: Partial<Props>) => {
      const next = { ...props, ...more };
      rendered.rerender(<DetailPane key={next.alert.id} {...next} />);
    },
  };
}

/** What the pane's detail list gives for a term, e.g. field("Severity"). */
function field(term: string): HTMLElement {
  const index = screen.getAllByRole("term").findIndex((element) => element.textContent === term);
  const definition = screen.getAllByRole("definition")[index];
  if (!definition) throw new Error(`no field ${term}`);
  return definition;
}

/** Matches the innermost element whose whole text is `text`, however it is split into parts. */
const wholeText = (text: string) => (_: string, element: Element | null) =>
  element?.textContent === text && ![...element.children].some((child) => child.textContent === text);

const TEXTS: Record<
  Language,
  { severity: string; tactics: string; platforms: string; high: string; tactic: [string, string] }
> = {
  en: {
    severity: "Severity",
    tactics: "MITRE tactics",
    platforms: "Applies to",
    high: "High",
    tactic: ["Defense evasion", "Execution"],
  },
  fr: {
    severity: "Gravité",
    tactics: "Tactiques MITRE",
    platforms: "S’applique à",
    high: "Élevée",
    tactic: ["Évasion de défense", "Exécution"],
  },
};

describe("DetailPane", () => {
  for (const language of ["en", "fr"] as const) {
    it(`shows the alert's title, ID, severity, tactics, platforms and description (${language})`, () => {
      renderPane({ language });
      const other = language === "en" ? "fr" : "en";
      const text = TEXTS[language];
      // The pane is a landmark named after the alert.
      const pane = screen.getByRole("complementary", { name: toolkit.title[language] });
      expect(within(pane).getByRole("heading", { level: 2 }).textContent).toBe(toolkit.title[language]);
      expect(screen.getByText(toolkit.id)).toBeTruthy();
      expect(within(field(text.severity)).getByText(text.high)).toBeTruthy();
      const tactics = within(field(text.tactics));
      expect(tactics.getAllByRole("button")).toEqual(
        text.tactic.map((name) => tactics.getByRole("button", { name: new RegExp(`^${name} \\(`) })),
      );
      expect(within(field(text.platforms)).getByText("Windows")).toBeTruthy();
      expect(within(field(text.platforms)).getByText("Linux")).toBeTruthy();
      expect(screen.getByText(wholeText(toolkit.description[language]))).toBeTruthy();
      expect(screen.queryByText(wholeText(toolkit.description[other]))).toBeNull();
      expect(screen.queryByText(toolkit.title[other])).toBeNull();
    });
  }

  it("marks the parts of the description Defender fills in when the alert fires", () => {
    renderPane();
    expect(screen.getAllByTitle("Filled in when the alert fires").map((part) => part.textContent)).toEqual([
      "{ToolKitName}",
      "{list of observed behaviors}",
    ]);
  });

  it("marks nothing in a description without placeholders", () => {
    renderPane({ alert: eicar });
    expect(screen.queryAllByTitle("Filled in when the alert fires")).toEqual([]);
  });

  it("says where the alert sits in the list, and steps to its neighbours", async () => {
    const { user, props } = renderPane();
    expect(screen.getByText("14 of 40")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Previous alert" }));
    await user.click(screen.getByRole("button", { name: "Next alert" }));
    expect(props.onNavigate).toHaveBeenNthCalledWith(1, technique);
    expect(props.onNavigate).toHaveBeenNthCalledWith(2, eicar);
  });

  it("disables Previous on the first alert and Next on the last", () => {
    const { rerenderPane } = renderPane({ position: { index: 0, count: 40, previous: null, next: eicar } });
    expect(screen.getByRole("button", { name: "Previous alert" })).toHaveProperty("disabled", true);
    expect(screen.getByRole("button", { name: "Next alert" })).toHaveProperty("disabled", false);
    rerenderPane({ position: { index: 39, count: 40, previous: technique, next: null } });
    expect(screen.getByRole("button", { name: "Previous alert" })).toHaveProperty("disabled", false);
    expect(screen.getByRole("button", { name: "Next alert" })).toHaveProperty("disabled", true);
  });

  it("disables both and gives no position for an alert the filters leave out", () => {
    renderPane({ position: null });
    expect(screen.getByRole("button", { name: "Previous alert" })).toHaveProperty("disabled", true);
    expect(screen.getByRole("button", { name: "Next alert" })).toHaveProperty("disabled", true);
    expect(screen.queryByText(/ of 40$/)).toBeNull();
  });

  it("closes with its Close button", async () => {
    const { user, props } = renderPane();
    await user.click(screen.getByRole("button", { name: "✕ Close" }));
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it("moves the focus to the title when it opens and when it shows another alert", async () => {
    const { user, rerenderPane } = renderPane();
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2 }));
    await user.click(screen.getByRole("button", { name: "Next alert" }));
    rerenderPane({ alert: eicar, position: { index: 14, count: 40, previous: toolkit, next: null } });
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2, name: eicar.title.en }));
  });

  it("filters on a tactic when its chip is pressed, and shows the tactics filtered on as pressed", async () => {
    const { user, props } = renderPane({ activeTactics: ["Execution"] });
    expect(screen.getByRole("button", { name: /^Execution \(/, pressed: true })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /^Defense evasion \(/, pressed: false }));
    expect(props.onToggleTactic).toHaveBeenCalledWith("DefenseEvasion");
  });

  describe("its bilingual switch", () => {
    const bilingualSwitch = (pressed: boolean) =>
      screen.getByRole("button", { name: "FR | EN side by side", pressed });

    it("turns the side-by-side view on, and off again", async () => {
      const { user, props, rerenderPane } = renderPane();
      await user.click(bilingualSwitch(false));
      expect(props.onBilingualChange).toHaveBeenLastCalledWith(true);
      rerenderPane({ bilingual: true });
      await user.click(bilingualSwitch(true));
      expect(props.onBilingualChange).toHaveBeenLastCalledWith(false);
    });

    it("when on, shows the title and description in both languages, each marked with its language", () => {
      renderPane({ bilingual: true });
      for (const [language, name] of [
        ["fr", "Français"],
        ["en", "English"],
      ] as const) {
        const side = screen.getByRole("region", { name });
        expect(side.lang).toBe(language);
        expect(within(side).getByText(toolkit.title[language])).toBeTruthy();
        expect(within(side).getByText(wholeText(toolkit.description[language]))).toBeTruthy();
        expect(within(side).getAllByTitle("Filled in when the alert fires")).toHaveLength(2);
      }
    });

    it("when off, shows the description in the current language only", () => {
      renderPane({ language: "fr" });
      expect(screen.queryByRole("region", { name: "English" })).toBeNull();
      expect(screen.getByText(wholeText(toolkit.description.fr))).toBeTruthy();
      expect(screen.queryByText(wholeText(toolkit.description.en))).toBeNull();
    });
  });
});

describe("our ATT&CK techniques", () => {
  const reasons = {
    reasons: Object.fromEntries(
      toolkit.techniques.map(({ id, reason }) => [id, reason ?? { fr: "", en: "" }]),
    ),
    confidence: Object.fromEntries(
      toolkit.techniques.map(({ id, confidence }) => [id, confidence ?? "inferred"]),
    ),
  };

  it("links each technique to MITRE's page, apart from Microsoft's tactics and marked as ours", () => {
    renderPane({ reasons });
    const techniques = field("ATT&CK techniques (our mapping)");
    const link = within(techniques).getByRole("link", { name: /T1620 Reflective Code Loading/ });
    expect(link.getAttribute("href")).toBe("https://attack.mitre.org/techniques/T1620");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(techniques.textContent).toContain("not Microsoft's");
    expect(techniques.textContent).toContain("ATT&CK 19.2.");
    expect(within(field("MITRE tactics")).queryByRole("link")).toBeNull();
  });

  it("gives the reason one click away, in the pane's language, once notes.json is in", () => {
    const { rerenderPane } = renderPane({ language: "fr" });
    const techniques = field("Techniques ATT&CK (notre rattachement)");
    expect(techniques.textContent).toContain("Chargement…");
    rerenderPane({ reasons });
    const why = within(techniques).getAllByText("Pourquoi cette technique\u202f?", {
      normalizer: (text) => text,
    })[0] as HTMLElement;
    expect(why.tagName).toBe("SUMMARY");
    expect(why.parentElement?.textContent).toContain(toolkit.techniques[0]?.reason?.fr);
  });

  it("says when an alert has no technique, and why", () => {
    renderPane({ alert: eicar, reasons: { reasons: {}, confidence: {}, none: eicar.noTechnique } });
    expect(field("ATT&CK techniques (our mapping)").textContent).toContain(`None — ${eicar.noTechnique?.en}`);
  });
});
