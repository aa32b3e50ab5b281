import type { Page } from "@playwright/test";
import { detailPane, expect, openApp, rows, test } from "./support/fixtures";

/**
 * Colour means severity and nothing else, in both themes; hunting queries read as code, light on
 * dark, in both themes; and the wide table is dense enough to scan: twenty alerts at once, IDs
 * that wrap between their words, platforms on one line.
 */

const THEMES = ["light", "dark"] as const;
const WIDE = { width: 1440, height: 900 };
const NARROW = { width: 390, height: 844 };

async function open(page: Page, search: string, theme: (typeof THEMES)[number]) {
  await page.emulateMedia({ colorScheme: theme });
  await openApp(page, search);
  await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
}

interface Paint {
  /** 0 for a grey, up to 1 for a pure hue: the spread of the sRGB channels. */
  colourfulness: number;
  /** WCAG relative luminance. */
  luminance: number;
}

/** The background and text colours of the elements, as painted (any CSS colour, through a canvas). */
function paints(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) => {
    const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
    if (!context) throw new Error("no 2D canvas");
    const paint = (css: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = css;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].map((v) => v / 255) as [
        number,
        number,
        number,
      ];
      const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return {
        colourfulness: Math.max(r, g, b) - Math.min(r, g, b),
        luminance: 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b),
      };
    };
    return elements
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => {
        const style = getComputedStyle(element);
        return {
          text: element.textContent ?? "",
          background: paint(style.backgroundColor),
          color: paint(style.color),
        };
      });
  });
}

const contrast = (a: Paint, b: Paint) =>
  (Math.max(a.luminance, b.luminance) + 0.05) / (Math.min(a.luminance, b.luminance) + 0.05);

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test.use({ viewport: WIDE });

    test("tactic chips are grey; severity alone has colour, and the louder one", async ({ page }) => {
      await open(page, "?lang=fr", theme);
      const chips = await paints(page, "tbody [data-tactic]");
      expect(chips.length).toBeGreaterThan(40);
      for (const chip of chips) {
        expect(chip.background.colourfulness, `${chip.text} background`).toBeLessThan(0.02);
        expect(chip.color.colourfulness, `${chip.text} text`).toBeLessThan(0.02);
        expect(contrast(chip.background, chip.color), chip.text).toBeGreaterThanOrEqual(4.5);
      }
      const high = await paints(page, 'tbody [data-severity="High"]');
      expect(high.length).toBeGreaterThan(0);
      for (const badge of high) expect(badge.background.colourfulness).toBeGreaterThan(0.1);
    });

    test("hunting queries are light text on a dark block", async ({ page }) => {
      await open(page, "?lang=en&alert=AppServices_CurlToDisk", theme);
      const blocks = await paints(page, '[data-testid="detail-pane"] section:has(> pre)');
      expect(blocks).toHaveLength(2);
      for (const block of blocks) {
        expect(block.background.luminance, "the block is dark").toBeLessThan(0.05);
        expect(contrast(block.background, block.color)).toBeGreaterThanOrEqual(7);
      }
      await expect(detailPane(page).locator("pre code").first()).toContainText("SecurityAlert");
    });
  });
}

for (const lang of ["fr", "en"] as const) {
  test(`at 1440×900, twenty alerts or more show at once, in readable type (${lang})`, async ({ page }) => {
    await page.setViewportSize(WIDE);
    await openApp(page, `?lang=${lang}`);
    await expect(rows(page)).toHaveCount(40);
    // As an analyst scans the list: the table brought to the top of the window.
    await page.locator("table").evaluate((table) => table.scrollIntoView({ block: "start" }));
    const inView = await rows(page).evaluateAll(
      (trs) =>
        trs.filter((tr) => {
          const box = tr.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }).length,
    );
    expect(inView).toBeGreaterThanOrEqual(20);
    const fontSize = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(await fontSize("tbody [data-alert-link]")).toBeGreaterThanOrEqual(14);
    for (const small of ["tbody td code", "tbody [data-tactic]", "tbody [data-platform]"])
      expect(await fontSize(small), small).toBeGreaterThanOrEqual(12);
  });
}

for (const viewport of [WIDE, NARROW]) {
  test.describe(`${viewport.width} px`, () => {
    test.use({ viewport });

    test("an ID wraps only after _ or between a lower-case letter and a capital", async ({ page }) => {
      await openApp(page, "?lang=fr");
      await expect(rows(page)).toHaveCount(40);
      const ids = await rows(page).evaluateAll((trs) =>
        trs.map((tr) => {
          const code = [...tr.querySelectorAll("code")].find((c) => c.getClientRects().length > 0);
          if (!code) return { id: tr.dataset.alertId, text: null, lines: [] as string[] };
          // Each character's line, from its own box: a new line starts where the top moves down.
          const lines: string[] = [];
          let top = Number.NEGATIVE_INFINITY;
          const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? "";
            for (let i = 0; i < text.length; i++) {
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const box = range.getClientRects()[0];
              if (box && box.top > top + 2) {
                lines.push(text.charAt(i));
                top = box.top;
              } else lines.push(`${lines.pop() ?? ""}${text.charAt(i)}`);
            }
          }
          return { id: tr.dataset.alertId, text: code.textContent, lines };
        }),
      );
      let wrapped = 0;
      for (const { id, text, lines } of ids) {
        expect(text, "the ID as it is, for copy and search").toBe(id);
        expect(lines.join(""), id).toBe(id);
        for (let i = 1; i < lines.length; i++) {
          const end = lines[i - 1] as string;
          const start = lines[i] as string;
          const atUnderscore = end.endsWith("_");
          const atSpace = /\s$/.test(end) || /^\s/.test(start); // the one published ID with a space
          const atCapital = /[a-z]$/.test(end) && /^[A-Z]/.test(start);
          expect(atUnderscore || atSpace || atCapital, `${id} wraps as ${lines.join(" | ")}`).toBe(true);
        }
        if (lines.length > 1) wrapped++;
      }
      expect(wrapped, "some IDs are long enough to wrap").toBeGreaterThan(0);
    });

    test("an alert's platforms sit on one line", async ({ page }) => {
      await openApp(page, "?lang=en");
      await expect(rows(page)).toHaveCount(40);
      const tops = await rows(page).evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.dataset.alertId,
          tops: [...tr.querySelectorAll("[data-platform]")]
            .filter((p) => p.getClientRects().length > 0)
            .map((p) => Math.round(p.getBoundingClientRect().top)),
        })),
      );
      expect(tops.filter(({ tops }) => tops.length === 2).length).toBeGreaterThan(10);
      for (const { id, tops: line } of tops) expect(new Set(line).size, id).toBeLessThanOrEqual(1);
    });
  });
}
