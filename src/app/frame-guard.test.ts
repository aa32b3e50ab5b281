import { describe, expect, it } from "vitest";
import { type FrameContext, framedByAnotherOrigin } from "./frame-guard";

const APP = "https://alerts.example.internal";
const framed = (location: FrameContext["location"], top: FrameContext["top"]): FrameContext => ({
  self: {},
  top,
  location,
});
const elsewhere = {
  get location(): { origin: string } {
    throw new DOMException("Blocked a frame from accessing a cross-origin frame.", "SecurityError");
  },
};

describe("framedByAnotherOrigin", () => {
  it("is false for a page in its own tab", () => {
    const page = { location: { origin: APP } } as FrameContext;
    expect(framedByAnotherOrigin({ ...page, self: page, top: page } as FrameContext)).toBe(false);
  });
  it("is true when any ancestor is another origin, as the browser lists them", () => {
    expect(
      framedByAnotherOrigin(framed({ origin: APP, ancestorOrigins: ["https://evil.example"] }, null)),
    ).toBe(true);
    expect(
      framedByAnotherOrigin(framed({ origin: APP, ancestorOrigins: [APP, "https://evil.example"] }, null)),
    ).toBe(true);
  });
  it("is false inside a page of its own origin", () => {
    expect(framedByAnotherOrigin(framed({ origin: APP, ancestorOrigins: [APP] }, null))).toBe(false);
    expect(framedByAnotherOrigin(framed({ origin: APP }, { location: { origin: APP } }))).toBe(false);
  });
  it("without the list, takes a top window it may not read for another origin", () => {
    expect(framedByAnotherOrigin(framed({ origin: APP }, elsewhere))).toBe(true);
  });
});
