import { useEffect, useState } from "react";

/**
 * What `load` (a stable function) answers, asked for the first time it is `wanted` and kept
 * after; null until then. A load that answers null (it failed) is asked for again when `askAgain`
 * changes while still wanted: the next alert opened, say.
 */
export function useLoadedWhenWanted<T>(
  load: () => Promise<T | null>,
  wanted: boolean,
  askAgain: unknown,
): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const [askedWith, setAskedWith] = useState(askAgain);
  if (!Object.is(askedWith, askAgain)) {
    setAskedWith(askAgain);
    setFailed(false);
  }
  const needed = wanted && loaded === null && !failed;
  useEffect(() => {
    if (!needed) return;
    let live = true;
    void load().then((value) => {
      if (!live) return;
      if (value === null) setFailed(true);
      else setLoaded(value);
    });
    return () => {
      live = false;
    };
  }, [needed, load]);
  return loaded;
}
