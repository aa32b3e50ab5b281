/**
 * Each item's rank under a comparison, worked out in slices. Sorting 50,000 titles with
 * Intl.Collator takes most of a second on a slow machine: in one piece, it would hold up any key
 * or click that arrived meanwhile. Here the sort (a stable bottom-up merge sort over item
 * positions) stops whenever the caller's time is up and carries on at the next call; `ranks()`
 * finishes whatever is left at once, for when the answer is needed now.
 */
export interface Ranking {
  /** Works until `stop()` says so (asked every few hundred comparisons); true once done. */
  advance(stop: () => boolean): boolean;
  /** Each item's rank: its place in sorted order, shared by items that compare equal. */
  ranks(): Int32Array;
}

/** Comparisons between two asks of `stop()`. */
const SLICE = 256;

export function createRanking(count: number, compare: (a: number, b: number) => number): Ranking {
  let from = Int32Array.from({ length: count }, (_, i) => i);
  let to = new Int32Array(count);
  const ranks = new Int32Array(count);
  let width = 1; // length of the sorted runs being merged
  let low = 0; // start of the pair of runs being merged
  let merging = false;
  let left = 0;
  let middle = 0;
  let right = 0;
  let high = 0;
  let out = 0;
  let ranked = 0; // items given their rank, once sorted
  let rank = 0;
  let done = count === 0;

  const advance = (stop: () => boolean): boolean => {
    let work = 0;
    const pause = () => ++work % SLICE === 0 && stop();
    while (width < count) {
      if (!merging) {
        middle = Math.min(low + width, count);
        high = Math.min(low + 2 * width, count);
        left = low;
        right = middle;
        out = low;
        merging = true;
      }
      while (out < high) {
        // Stable: on a tie the left run's item goes first.
        const takeLeft =
          left < middle && (right >= high || compare(from[left] as number, from[right] as number) <= 0);
        to[out++] = takeLeft ? (from[left++] as number) : (from[right++] as number);
        if (pause()) return false;
      }
      merging = false;
      low = high;
      if (low >= count) {
        [from, to] = [to, from];
        width *= 2;
        low = 0;
      }
    }
    while (ranked < count) {
      const item = from[ranked] as number;
      if (ranked > 0 && compare(from[ranked - 1] as number, item) !== 0) rank = ranked;
      ranks[item] = rank;
      ranked++;
      if (pause()) return false;
    }
    done = true;
    return true;
  };

  return {
    advance: (stop) => done || advance(stop),
    ranks: () => {
      if (!done) advance(() => false);
      return ranks;
    },
  };
}
