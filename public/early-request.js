// Starts the catalog download before the app's code runs; see src/catalog/early-response.ts.
if (!new URLSearchParams(location.search).has("catalog")) {
  const response = fetch("./catalog.json", { cache: "no-cache" });
  response.catch(() => undefined);
  window.earlyCatalogRequest = { response };
}
