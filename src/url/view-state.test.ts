import { describe, expect, it } from "vitest";
import { TACTICS } from "../catalog/taxonomy";
import {
  DEFAULT_VIEW,
  differsOnlyIn,
  keepUnchanged,
  nextSort,
  parseViewState,
  serializeViewState,
  toggleValue,
  type ViewState,
} from "./view-state";

describe("parseViewState", () => {
  it("reads every parameter", () => {
    expect(
      parseViewState(
        "?lang=en&q=certutil%20download&severity=High,Medium&tactic=Execution&platform=Linux&sort=title&alert=AppServices_KnownCredential%20AccessTools",
      ),
    ).toEqual({
      lang: "en",
      q: "certutil download",
      severity: ["High", "Medium"],
      tactic: ["Execution"],
      platform: ["Linux"],
      status: [],
      sort: { column: "title", desc: false },
      alert: "AppServices_KnownCredential AccessTools",
      view: "table",
      bilingual: false,
      technique: [],
      columns: [],
    });
  });

  it("reads ATT&CK technique IDs however cased, in ID order, dropping what is not an ID", () => {
    expect(parseViewState("?technique=t1105,T1059.004,,T1059&technique=T1105,1105,T12,<b>")).toMatchObject({
      technique: ["T1059", "T1059.004", "T1105"],
    });
    expect(serializeViewState(parseViewState("?technique=t1140,T1027"))).toBe("?technique=T1027,T1140");
  });

  it("reads the optional techniques column, ignoring columns it does not have", () => {
    expect(parseViewState("?columns=Techniques,secrets").columns).toEqual(["techniques"]);
    expect(serializeViewState(parseViewState("?columns=techniques"))).toBe("?columns=techniques");
  });

  it("has no catalog parameter: a link cannot make the app load another file", () => {
    expect(serializeViewState(parseViewState("?catalog=uploads%2Fevil.json"))).toBe("");
  });

  it("reads the matrix view and the bilingual pane", () => {
    expect(parseViewState("?view=MATRIX&bilingual=1")).toMatchObject({ view: "matrix", bilingual: true });
    expect(parseViewState("?view=pie&bilingual=maybe")).toMatchObject({ view: "table", bilingual: false });
  });

  it("reads the status facet and the changes view, ignoring values it does not know", () => {
    expect(parseViewState("?status=deprecated&view=changes")).toMatchObject({
      status: ["deprecated"],
      view: "changes",
    });
    expect(parseViewState("?status=Active,RETIRED,deprecated&status=active").status).toEqual([
      "active",
      "deprecated",
    ]);
    expect(parseViewState("?status=retired,gone&view=history")).toMatchObject({ status: [], view: "table" });
  });

  it("is forgiving: case-insensitive values, repeated lists merged, unknown values dropped", () => {
    const state = parseViewState(
      "?LANG=fr&lang=EN&severity=high&severity=LOW,bogus&tactic=execution,,x&sort=-TACTICS",
    );
    expect(state.lang).toBe("en");
    expect(state.severity).toEqual(["High", "Low"]);
    expect(state.tactic).toEqual(["Execution"]);
    expect(state.sort).toEqual({ column: "tactics", desc: true });
  });

  it("falls back to the defaults for junk", () => {
    expect(parseViewState("?lang=de&sort=-nope&alert=%20&x=1&severity=<script>")).toEqual(DEFAULT_VIEW);
    expect(parseViewState("")).toEqual(DEFAULT_VIEW);
    expect(parseViewState("?q=%E0%A4%A&%%%")).toMatchObject({ severity: [] });
  });

  it("caps a huge search text", () => {
    expect(parseViewState(`?q=${"a".repeat(10_000)}`).q).toHaveLength(200);
  });
});

describe("serializeViewState", () => {
  it("writes nothing for the default view", () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe("");
  });

  it("writes the status after the platform, and the changes view", () => {
    expect(
      serializeViewState({ ...DEFAULT_VIEW, platform: ["Linux"], status: ["deprecated"], view: "changes" }),
    ).toBe("?platform=Linux&status=deprecated&view=changes");
  });

  it("writes canonically: fixed order, taxonomy order, readable commas", () => {
    const state: ViewState = {
      ...DEFAULT_VIEW,
      lang: "fr",
      severity: ["High", "Low"],
      tactic: ["PreAttack", "Execution"],
      sort: { column: "severity", desc: false },
      alert: "AppServices_KnownCredential AccessTools",
      q: "a&b=c",
    };
    expect(serializeViewState(state)).toBe(
      "?lang=fr&q=a%26b%3Dc&severity=High,Low&tactic=PreAttack,Execution&sort=severity&alert=AppServices_KnownCredential%20AccessTools",
    );
  });

  it("round-trips any state through the URL", () => {
    const states: ViewState[] = [
      DEFAULT_VIEW,
      { ...DEFAULT_VIEW, q: "été 100% «certutil» + curl", tactic: [...TACTICS] },
      { ...DEFAULT_VIEW, lang: "en", platform: ["Windows", "Linux"], sort: { column: "id", desc: true } },
      { ...DEFAULT_VIEW, alert: "a&b#c?d/e f" },
      { ...DEFAULT_VIEW, view: "matrix", bilingual: true, severity: ["Informational"] },
      { ...DEFAULT_VIEW, q: "curl" },
      { ...DEFAULT_VIEW, status: ["deprecated"], view: "changes" },
      { ...DEFAULT_VIEW, status: ["active", "deprecated"] },
      { ...DEFAULT_VIEW, technique: ["T1059.004", "T1140"], columns: ["techniques"] },
    ];
    for (const state of states) expect(parseViewState(serializeViewState(state))).toEqual(state);
  });
});

describe("nextSort", () => {
  it("flips the direction of the sorted column", () => {
    expect(nextSort({ column: "title", desc: false }, "title")).toEqual({ column: "title", desc: true });
  });
  it("starts severity with the highest and text columns A to Z", () => {
    expect(nextSort({ column: "title", desc: false }, "severity")).toEqual({
      column: "severity",
      desc: true,
    });
    expect(nextSort({ column: "severity", desc: true }, "id")).toEqual({ column: "id", desc: false });
  });
});

describe("toggleValue", () => {
  it("adds and removes values, keeping the taxonomy order", () => {
    expect(toggleValue(TACTICS, ["Execution"], "PreAttack")).toEqual(["PreAttack", "Execution"]);
    expect(toggleValue(TACTICS, ["PreAttack", "Execution"], "PreAttack")).toEqual(["Execution"]);
  });
});

describe("keepUnchanged", () => {
  it("reuses the lists and the sort that did not change, and takes the ones that did", () => {
    const before = parseViewState("?severity=High&tactic=Execution&sort=title");
    const after = keepUnchanged(before, parseViewState("?severity=High&tactic=Impact&sort=title&alert=X"));
    expect(after.severity).toBe(before.severity);
    expect(after.sort).toBe(before.sort);
    expect(after.tactic).toEqual(["Impact"]);
    expect(after.status).toBe(before.status);
    expect(after.alert).toBe("X");
  });
});

describe("differsOnlyIn", () => {
  const before = parseViewState("?q=cert&severity=High&sort=title");
  const next = (search: string) => keepUnchanged(before, parseViewState(search));
  const searchOrSeverity = (search: string) => differsOnlyIn(before, next(search), ["q", "severity"]);
  it("holds when the fields named alone changed", () => {
    expect(searchOrSeverity("?q=certutil&severity=High&sort=title")).toBe(true);
    expect(searchOrSeverity("?q=cert&severity=High,Low&sort=title")).toBe(true);
    expect(searchOrSeverity("?q=certutil&severity=Low&sort=title")).toBe(true);
  });
  it("does not hold when nothing changed, or any other field did", () => {
    expect(searchOrSeverity("?q=cert&severity=High&sort=title")).toBe(false);
    expect(searchOrSeverity("?q=certutil&severity=High")).toBe(false);
    expect(searchOrSeverity("?q=certutil&severity=High&sort=title&alert=X")).toBe(false);
    expect(searchOrSeverity("?q=cert&severity=High&tactic=Impact&sort=title")).toBe(false);
  });
});
