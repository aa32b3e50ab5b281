import { StrictMode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { prerender } from "react-dom/static";
import { I18nextProvider } from "react-i18next";
import { App } from "./app/app";
import { catalogFingerprint } from "./catalog/fingerprint";
import { readCatalog } from "./catalog/load-catalog";
import type { Language } from "./catalog/schema";
import { NoScriptNote } from "./features/reference/no-script-note";
import { ALL_STRINGS } from "./i18n/all-strings";
import { createI18n } from "./i18n/i18n";

export interface PrerenderedPage {
  /** The app's markup for the default view, to hydrate. */
  app: string;
  /** What the page says without JavaScript, for <noscript> (the app's markup shows the catalog). */
  noscript: string;
  title: string;
  description: string;
  /** Of the catalog rendered (see catalogFingerprint). */
  fingerprint: string;
}

/**
 * The default view of one language, rendered at build time by build/vite-prerender-plugin.ts with
 * the app's own components; main.tsx hydrates it. `prerender` waits for lazy components, so the
 * markup is the one the browser's first render produces.
 */
export async function prerenderPage(
  json: unknown,
  language: Language,
  otherPage: string,
): Promise<PrerenderedPage> {
  // Checked as the browser will check it, so both sides fingerprint the same value.
  const read = readCatalog(json);
  if (!read.ok) throw new Error(`prerender: catalog.json is not usable: ${JSON.stringify(read.problem)}`);
  const { catalog } = read;
  const i18n = createI18n(language, ALL_STRINGS);
  const { prelude } = await prerender(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App loaded={read} />
      </I18nextProvider>
    </StrictMode>,
    // One document, no streaming: never outline a large Suspense boundary into a segment that an
    // inline script (which the CSP forbids) would have to move into place.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const noscript = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <NoScriptNote language={language} otherPage={otherPage} />
    </I18nextProvider>,
  );
  return {
    app: await new Response(prelude).text(),
    noscript,
    title: i18n.t("app.name"),
    description: i18n.t("app.tagline"),
    fingerprint: catalogFingerprint(catalog),
  };
}
