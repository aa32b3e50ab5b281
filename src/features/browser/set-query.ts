import type { Alert } from "../../catalog/schema";

/** The Sentinel query for a result set; its code loads on the first copy, not with the page. */
export const setQuery = (alerts: readonly Alert[]): Promise<string> =>
  import("../../hunting/queries").then(({ DEFAULT_LOOKBACK_DAYS, retiredAmong, sentinelQuery }) =>
    sentinelQuery(
      alerts.map((alert) => alert.id),
      DEFAULT_LOOKBACK_DAYS,
      retiredAmong(alerts),
    ),
  );
