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

/** One sort key: each item's rank under a comparison (see Ranking), ascending unless `desc`. */
export interface RankKey {
  ranks: Int32Array;
  desc: boolean;
}

/**
 * Positions 0…count−1 in the order the keys give, the first key first, the next ones breaking its
 * ties; items equal under every key keep their order in `from` (by default the positions' order,
 * as TanStack Table's sort does). So an order by trailing keys, worked out once, can be `from` for
 * every sort that ends with them. Ranks are below `count`, so each key is one stable counting
 * sort, the last key first: linear time, where a comparison sort of 50,000 items took about a
 * hundred milliseconds here.
 */
export function orderByRanks(count: number, keys: readonly RankKey[], from?: Int32Array): Int32Array {
  let order = new Int32Array(count);
  if (from) order.set(from);
  else for (let i = 0; i < count; i++) order[i] = i;
  let next = new Int32Array(count);
  const starts = new Int32Array(count + 1);
  for (let k = keys.length - 1; k >= 0; k--) {
    const { ranks, desc } = keys[k] as RankKey;
    const slot = (position: number) => {
      const rank = ranks[position] as number;
      return desc ? count - 1 - rank : rank;
    };
    starts.fill(0);
    for (let position = 0; position < count; position++) {
      const after = slot(position) + 1;
      starts[after] = (starts[after] as number) + 1;
    }
    for (let s = 0; s < count; s++) starts[s + 1] = (starts[s + 1] as number) + (starts[s] as number);
    for (const position of order) {
      const s = slot(position);
      const at = starts[s] as number;
      next[at] = position;
      starts[s] = at + 1;
    }
    [order, next] = [next, order];
  }
  return order;
}

/**
 * The positions of `order` that are also in `shown` (positions below `count`, each once, in any
 * order), in the order `order` gives them: the search's results in the table's order.
 */
export function keepInOrder(order: Int32Array, shown: Int32Array, count: number): Int32Array {
  if (shown.length === order.length) return order;
  const wanted = new Uint8Array(count);
  for (const position of shown) wanted[position] = 1;
  const kept = new Int32Array(shown.length);
  let k = 0;
  for (const position of order) if (wanted[position] === 1) kept[k++] = position;
  return kept;
}
