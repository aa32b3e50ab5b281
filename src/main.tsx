import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { App } from "./app/app";
import { framedByAnotherOrigin } from "./app/frame-guard";
import { startCatalog } from "./app/use-catalog";
import { initialLanguage } from "./app/use-language";
import { applyInitialTheme } from "./app/use-theme";
import { catalogFingerprint } from "./catalog/fingerprint";
import type { CatalogResult } from "./catalog/load-catalog";
import type { Language } from "./catalog/schema";
import { prepareBrowserFor } from "./features/browser/browser";
import { createI18n, ensureStrings, loadStrings } from "./i18n/i18n";
import { markPageReady } from "./ui/use-mark-ready";
import { parseViewState } from "./url/view-state";
import "./index.css";

/**
 * A prerendered page (see build/vite-prerender-plugin.ts) showing the view in the link is hydrated
 * once its catalog is in, if that is the catalog it was rendered from. src/early.js marked it
 * stale before the first paint if it shows another view (filters in the link, another language);
 * then, as with another catalog, it is drawn anew.
 */
async function start(root: HTMLElement) {
  applyInitialTheme();
  const html = document.documentElement;
  const language = initialLanguage();
  const strings = loadStrings(language);
  // Asked for at once, while the strings come, whether or not the page waits for it here.
  let loaded: CatalogResult | Promise<CatalogResult> = startCatalog();
  prepareBrowserFor(parseViewState(window.location.search));
  const prerendered = html.hasAttribute("data-prerendered") && html.dataset.stale === undefined;
  if (prerendered) loaded = await loaded;
  // Each step its own task: together they made one of the page's long tasks (docs/performance.md);
  // i18next's set-up alone takes 8–12 ms here.
  await nextTask();
  const hydrate =
    prerendered &&
    !(loaded instanceof Promise) &&
    loaded.ok &&
    catalogFingerprint(loaded.catalog) === html.dataset.catalog;
  await nextTask();
  const i18n = createI18n(language, { [language]: await strings });
  await nextTask();
  const app = (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {/* Drawn anew, the app takes the catalog in a transition, as it comes (see use-catalog.ts). */}
        <App loaded={hydrate ? loaded : Promise.resolve(loaded)} />
      </I18nextProvider>
    </StrictMode>
  );
  if (hydrate) {
    // As a transition, hydration yields to the browser every few milliseconds from its first render
    // on, not only inside its Suspense boundaries (docs/performance.md).
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
  // The other language next, so a switch to it or a side-by-side pane finds its strings in.
  const other: Language = language === "fr" ? "en" : "fr";
  void ensureStrings(i18n, other);
}

/** Lets the browser paint and handle input before the next step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const root = document.getElementById("root");
// Framed by another site (a host without the frame-ancestors header): show nothing to click on.
if (framedByAnotherOrigin()) document.documentElement.dataset.framed = "";
// An app that cannot start leaves the prerendered page as it is, a plain reference whose presses
// src/early.js must then stop holding, as when the modules cannot load.
else if (root)
  start(root).catch((error: unknown) => {
    markPageReady();
    throw error;
  });
