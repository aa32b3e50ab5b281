import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { App } from "./app/app";
import { catalogUrl } from "./app/use-catalog";
import { initialLanguage } from "./app/use-language";
import { applyInitialTheme } from "./app/use-theme";
import { loadCatalog } from "./catalog/load-catalog";
import type { Catalog } from "./catalog/schema";
import { createI18n } from "./i18n/i18n";
import "./index.css";

const app = (catalog?: Catalog) => (
  <StrictMode>
    <I18nextProvider i18n={createI18n(initialLanguage())}>
      <App catalog={catalog} />
    </I18nextProvider>
  </StrictMode>
);

/**
 * A prerendered page (see build/vite-prerender-plugin.ts) showing the view in the link is hydrated
 * once its catalog is in; public/early.js marked it stale before the first paint if it shows
 * another view (filters in the link, another language), and then it is rendered anew.
 */
async function start(root: HTMLElement) {
  applyInitialTheme();
  const prerendered = document.documentElement.hasAttribute("data-prerendered");
  if (prerendered && document.documentElement.dataset.stale === undefined) {
    const loaded = await loadCatalog(catalogUrl());
    if (loaded.ok) {
      hydrateRoot(root, app(loaded.catalog));
      return;
    }
  }
  root.replaceChildren(); // the error screen, or another view than the one prerendered
  createRoot(root).render(app());
}

const root = document.getElementById("root");
if (root) void start(root);
