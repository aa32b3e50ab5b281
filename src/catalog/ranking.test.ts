import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRanking, keepInOrder, orderByRanks } from "./ranking";

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

describe("orderByRanks", () => {
  const ranksOf = (values: readonly number[], compare = (a: number, b: number) => a - b) =>
    Int32Array.from(
      createRanking(values.length, (a, b) => compare(values[a] as number, values[b] as number)).ranks(),
    );

  it("orders by the first key, breaking ties with the next, then by position", () => {
    const severity = [2, 1, 2, 1, 2];
    const title = [3, 3, 1, 0, 1];
    const order = orderByRanks(5, [
      { ranks: ranksOf(severity), desc: true },
      { ranks: ranksOf(title), desc: false },
    ]);
    expect(Array.from(order)).toEqual([2, 4, 0, 3, 1]);
  });

  it("keeps the positions' order for items equal under every key, in either direction", () => {
    const same = ranksOf([7, 7, 7]);
    expect(Array.from(orderByRanks(3, [{ ranks: same, desc: true }]))).toEqual([0, 1, 2]);
    expect(Array.from(orderByRanks(3, []))).toEqual([0, 1, 2]);
    expect(Array.from(orderByRanks(0, [{ ranks: new Int32Array(0), desc: false }]))).toEqual([]);
    const from = Int32Array.from([2, 0, 1]);
    expect(Array.from(orderByRanks(3, [{ ranks: same, desc: false }], from))).toEqual([2, 0, 1]);
  });

  it("agrees with a stable comparison sort over the same keys (what TanStack Table did)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 5 }),
            fc.integer({ min: 0, max: 5 }),
            fc.integer({ min: -3, max: 3 }),
          ),
          {
            maxLength: 60,
          },
        ),
        fc.boolean(),
        fc.boolean(),
        (items, firstDesc, secondDesc) => {
          const keys = [
            { values: items.map((item) => item[0]), desc: firstDesc },
            { values: items.map((item) => item[1]), desc: secondDesc },
            { values: items.map((item) => item[2]), desc: false },
          ];
          const expected = items
            .map((_, position) => position)
            .sort((a, b) => {
              for (const { values, desc } of keys) {
                const difference = (values[a] as number) - (values[b] as number);
                if (difference !== 0) return desc ? -difference : difference;
              }
              return a - b;
            });
          const rankKeys = keys.map(({ values, desc }) => ({ ranks: ranksOf(values), desc }));
          expect(Array.from(orderByRanks(items.length, rankKeys))).toEqual(expected);
          // The same from an order by the trailing keys, worked out beforehand.
          const ties = orderByRanks(items.length, rankKeys.slice(1));
          expect(Array.from(orderByRanks(items.length, rankKeys.slice(0, 1), ties))).toEqual(expected);
        },
      ),
    );
  });
});

describe("keepInOrder", () => {
  it("keeps the shown positions, in the order's order", () => {
    const order = Int32Array.from([3, 0, 4, 1, 2]);
    expect(Array.from(keepInOrder(order, Int32Array.from([1, 3, 4]), 5))).toEqual([3, 4, 1]);
    expect(Array.from(keepInOrder(order, Int32Array.from([]), 5))).toEqual([]);
    expect(Array.from(keepInOrder(order, Int32Array.from([0, 1, 2, 3, 4]), 5))).toEqual([3, 0, 4, 1, 2]);
  });

  it("agrees with filtering the order by membership", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }).chain((count) =>
          fc.tuple(
            fc.shuffledSubarray(
              Array.from({ length: count }, (_, i) => i),
              { minLength: count, maxLength: count },
            ),
            fc.shuffledSubarray(Array.from({ length: count }, (_, i) => i)),
            fc.constant(count),
          ),
        ),
        ([order, shown, count]) => {
          const kept = keepInOrder(Int32Array.from(order), Int32Array.from(shown), count);
          expect(Array.from(kept)).toEqual(order.filter((position) => shown.includes(position)));
        },
      ),
    );
  });
});
