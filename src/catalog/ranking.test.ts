import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRanking } from "./ranking";

/** The ranks a plain sort gives: each item's first position among equals. */
function expectedRanks<T>(items: readonly T[], compare: (a: T, b: T) => number): number[] {
  const sorted = [...items].sort(compare);
  return items.map((item) => sorted.findIndex((other) => compare(other, item) === 0));
}

describe("createRanking", () => {
  it("ranks items as a sort would, with equal items sharing a rank", () => {
    const words = ["pear", "apple", "fig", "apple", "kiwi", "fig", "banana"];
    const ranking = createRanking(words.length, (a, b) =>
      (words[a] as string).localeCompare(words[b] as string),
    );
    expect([...ranking.ranks()]).toEqual([6, 0, 3, 0, 5, 3, 2]);
  });

  it("handles no items and one item", () => {
    expect([...createRanking(0, () => 0).ranks()]).toEqual([]);
    expect([...createRanking(1, () => 0).ranks()]).toEqual([0]);
  });

  it("stops when asked and carries on where it stopped, to the same answer", () => {
    const values = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 1013);
    let comparisons = 0;
    const ranking = createRanking(values.length, (a, b) => {
      comparisons++;
      return (values[a] as number) - (values[b] as number);
    });
    let slices = 0;
    while (!ranking.advance(() => true)) slices++;
    // One ask of stop() every 256 comparisons: a 5,000-item sort takes many slices.
    expect(slices).toBeGreaterThan(comparisons / 300);
    expect([...ranking.ranks()]).toEqual(expectedRanks(values, (a, b) => a - b));
  });

  it("ranks() finishes the work left when the answer is needed at once", () => {
    const values = Array.from({ length: 3000 }, (_, i) => (i * 31) % 97);
    const ranking = createRanking(values.length, (a, b) => (values[a] as number) - (values[b] as number));
    expect(ranking.advance(() => true)).toBe(false);
    expect([...ranking.ranks()]).toEqual(expectedRanks(values, (a, b) => a - b));
    expect(ranking.advance(() => true)).toBe(true);
  });

  it("agrees with a sort for any items and any slicing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 700 }),
        fc.integer({ min: 1, max: 5 }),
        (values, every) => {
          const ranking = createRanking(
            values.length,
            (a, b) => (values[a] as number) - (values[b] as number),
          );
          let asks = 0;
          while (!ranking.advance(() => ++asks % every === 0));
          expect([...ranking.ranks()]).toEqual(expectedRanks(values, (a, b) => a - b));
        },
      ),
    );
  });
});
