import type { Alert } from "../../catalog/schema";

/**
 * The Sentinel query for a result set, with our ATT&CK mapping looked up beside Microsoft's
 * columns when the catalog has one; its code loads on the first copy, not with the page.
 */
export const setQuery = (alerts: readonly Alert[], attackVersion: string | undefined): Promise<string> =>
  import("../../hunting/queries").then((kql) =>
    kql.sentinelQuery(
      alerts.map((alert) => alert.id),
      kql.DEFAULT_LOOKBACK_DAYS,
      kql.retiredAmong(alerts),
      kql.techniqueMappingOf(alerts, attackVersion),
    ),
  );
