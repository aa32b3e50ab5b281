// See src/catalog/early-response.ts.
if (!new URLSearchParams(location.search).has("catalog")) {
  const response = fetch("./catalog.json", { cache: "no-cache" });
  response.catch(() => undefined);
  window.earlyCatalogRequest = { response };
}
new Intl.Collator().compare("a", "b");
new Intl.NumberFormat().format(1);
