import { describe, expect, it } from "vitest";
import { formatDate } from "./format-date";

describe("formatDate", () => {
  it("writes a day in words, in either language, whatever the time zone", () => {
    expect(formatDate("2025-12-11", "en")).toBe("December 11, 2025");
    expect(formatDate("2025-12-11", "fr")).toBe("11 décembre 2025");
    expect(formatDate("2021-01-01", "fr")).toBe("1 janvier 2021");
  });
  it("writes a month alone when the source gives no day", () => {
    expect(formatDate("2022-01", "en")).toBe("January 2022");
    expect(formatDate("2022-01", "fr")).toBe("janvier 2022");
  });
  it("writes what Intl.DateTimeFormat writes, every month and both languages", () => {
    for (let month = 1; month <= 12; month++) {
      const iso = `2025-${String(month).padStart(2, "0")}-0${(month % 9) + 1}`;
      const date = new Date(`${iso}T00:00:00Z`);
      for (const [language, locale] of [
        ["fr", "fr-FR"],
        ["en", "en-US"],
      ] as const) {
        const intl = (options: Intl.DateTimeFormatOptions) =>
          new Intl.DateTimeFormat(locale, {
            ...options,
            month: "long",
            year: "numeric",
            timeZone: "UTC",
          }).format(date);
        expect(formatDate(iso, language)).toBe(intl({ day: "numeric" }));
        expect(formatDate(iso.slice(0, 7), language)).toBe(intl({}));
      }
    }
  });
  it("leaves anything else as it is", () => {
    expect(formatDate("soon", "en")).toBe("soon");
  });
});
