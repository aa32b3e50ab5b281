/**
 * public/early-request.js, a tiny module that index.html runs async (so as soon as it arrives, not
 * after the app's code), asks for catalog.json at once: the download is under way while the app's
 * code is fetched and compiled, and the app takes the response over here. It is shipped as written
 * (not bundled), so it stays a few lines. Only the default catalog: a `catalog` parameter is
 * checked by the app before anything is fetched (url/view-state.ts); the single-file build
 * carries its catalog inside the page and has no such script. A failure is caught there (no
 * unhandled rejection) and reported by the app when it takes the response over.
 *
 * The script also makes a collator and a number format, which the first render needs: the first
 * of each in a page loads ICU data (tens of milliseconds here), done while the page would
 * otherwise wait for the app's code.
 */
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
