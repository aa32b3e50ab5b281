/** The catalog request public/early-request.js starts before the app's code runs, and how the app takes it over. */
export const EARLY_CATALOG_URL = "./catalog.json";

export interface EarlyRequest {
  response: Promise<Response>;
}

/**
 * The early request's response for `url`, once (a retry fetches anew), or null when there is
 * none: another catalog, the single-file build, or already taken.
 */
export function takeEarlyResponse(url: string): Promise<Response> | null {
  const holder = window as { earlyCatalogRequest?: EarlyRequest };
  const early = holder.earlyCatalogRequest;
  if (!early || url !== EARLY_CATALOG_URL) return null;
  delete holder.earlyCatalogRequest;
  return early.response;
}
