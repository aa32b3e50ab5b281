import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { App } from "./app/app";
import { initialLanguage } from "./app/use-language";
import { applyInitialTheme } from "./app/use-theme";
import { createI18n } from "./i18n/i18n";
import "./index.css";

applyInitialTheme();
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={createI18n(initialLanguage())}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}
