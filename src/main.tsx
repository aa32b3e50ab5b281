import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { firstCatalogOrAfter } from "./app/use-catalog";
import { firstStrings } from "./app/use-language";
import { applyInitialTheme } from "./app/use-theme";
import "./index.css";

/** How long the page may stay blank waiting for the catalog before it shows a loading line. */
const SHOW_LOADING_AFTER_MS = 600;

applyInitialTheme();
const root = document.getElementById("root");
if (root) {
  // One render with the table (the catalog and the strings usually arrive with the script) instead
  // of a loading line first.
  void Promise.all([firstStrings, firstCatalogOrAfter(SHOW_LOADING_AFTER_MS)]).then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
