import { StrictMode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { prerender } from "react-dom/static";
import { I18nextProvider } from "react-i18next";
import { App } from "./app/app";
import type { Catalog, Language } from "./catalog/schema";
import { NoScriptReference } from "./features/reference/no-script-reference";
import { createI18n } from "./i18n/i18n";

export interface PrerenderedPage {
  /** The app's markup for the default view, to hydrate. */
  app: string;
  /** The whole catalog as plain markup, for <noscript>. */
  reference: string;
  title: string;
  description: string;
}

/**
 * The default view of one language, rendered at build time by build/vite-prerender-plugin.ts with
 * the app's own components; main.tsx hydrates it. `prerender` waits for lazy components, so the
 * markup is the one the browser's first render produces.
 */
export async function prerenderPage(
  catalog: Catalog,
  language: Language,
  otherPage: string,
): Promise<PrerenderedPage> {
  const i18n = createI18n(language);
  const { prelude } = await prerender(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App catalog={catalog} />
      </I18nextProvider>
    </StrictMode>,
  );
  const reference = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <NoScriptReference catalog={catalog} language={language} otherPage={otherPage} />
    </I18nextProvider>,
  );
  return {
    app: await new Response(prelude).text(),
    reference,
    title: i18n.t("app.name"),
    description: i18n.t("app.tagline"),
  };
}
