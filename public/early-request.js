// Run before the app's code (index.html lists it first), tiny and not bundled: it asks for the
// catalog at once, so the download is under way while the app's code is fetched and compiled. The
// app takes the response over (src/catalog/early-response.ts, which names the same global and
// URL). Only the default catalog.json: a `catalog` parameter is checked by the app before anything
// is fetched (src/url/view-state.ts); the single-file build carries its catalog inside the page.
if (!new URLSearchParams(window.location.search).has("catalog")) {
  const response = fetch("./catalog.json", { cache: "no-cache" });
  response.catch(() => undefined); // the app reports a failure when it takes the response over
  window.earlyCatalogRequest = { response };
}
