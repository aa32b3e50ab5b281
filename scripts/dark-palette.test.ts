import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without types
import { darkPaletteCss, readTailwindTheme, usedShades } from "./dark-palette.mjs";

describe("dark palette", () => {
  const theme: string = readTailwindTheme();

  it("mirrors each used shade and darkens white", () => {
    const css: string = darkPaletteCss(
      theme,
      usedShades(['className="bg-red-100 text-slate-950 md:hover:ring-sky-300"']),
    );
    const value = (name: string) => new RegExp(`--color-${name}:\\s*([^;]+);`).exec(theme)?.[1];
    expect(css).toContain(`--color-red-100: ${value("red-900")};`);
    expect(css).toContain(`--color-slate-950: ${value("slate-50")};`);
    expect(css).toContain(`--color-sky-300: ${value("sky-700")};`);
    expect(css).toContain(`--color-white: ${value("slate-900")};`);
    expect(css).not.toContain("--color-red-200");
  });
});
