// @vitest-environment happy-dom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { realCatalog } from "../catalog/test-catalog";
import { StatusBadge } from "./status-badge";
import { cleanUpAfterEach, renderIn } from "./test-render";

cleanUpAfterEach();

const retired = realCatalog.alerts.filter((alert) => alert.status === "deprecated");
const active = realCatalog.alerts.find((alert) => alert.status === "active");

describe("StatusBadge", () => {
  it("says a retired alert is retired, and since when, in each language", () => {
    const [first, second] = retired;
    if (!first || !second) throw new Error("the real catalog has retired alerts");
    expect(first.statusSince).toBe("2025-12-11");
    for (const [language, label, since] of [
      ["fr", "Retirée", "Retirée par Microsoft le 11 décembre 2025"],
      ["en", "Retired", "Retired by Microsoft on December 11, 2025"],
    ] as const) {
      const { unmount } = renderIn(
        language,
        <>
          <StatusBadge alert={first} language={language} />
          <StatusBadge alert={second} language={language} />
        </>,
      );
      const badges = screen.getAllByText(label);
      expect(badges.map((badge) => badge.closest("[data-status]")?.getAttribute("title"))).toEqual([
        since,
        since,
      ]);
      unmount();
    }
  });

  it("shows nothing on an active alert", () => {
    if (!active) throw new Error("the real catalog has active alerts");
    const { container } = renderIn("en", <StatusBadge alert={active} language="en" />);
    expect(container.textContent).toBe("");
  });
});
