import { lazy, Suspense, useLayoutEffect } from "react";
import { useTranslation } from "react-i18next";
import type { CatalogResult } from "../catalog/load-catalog";
import { Browser } from "../features/browser/browser";
import { TaxonomyLabelsProvider } from "../ui/taxonomy-labels";
import { useMarkReady } from "../ui/use-mark-ready";
import { useViewState } from "../url/use-view-state";
import { ErrorBoundary } from "./error-boundary";
import { ErrorScreen } from "./error-screen";
import { Header } from "./header";
import { useCatalog } from "./use-catalog";
import { useLanguage } from "./use-language";

// Registers the service worker and offers a new version: not needed for the first view.
const UpdateNotice = lazy(() => import("./update-notice"));

/** `loaded`: the catalog as main.tsx started it: in (or why it could not be), or on its way. */
export function App({ loaded }: { loaded?: CatalogResult | Promise<CatalogResult> }) {
  const [view, setView] = useViewState();
  const language = useLanguage(view.lang);
  const [catalogState, retry] = useCatalog(loaded);
  // A prerendered page that did not show this view was hidden (see src/early.js): show ours.
  useLayoutEffect(() => {
    delete document.documentElement.dataset.stale;
  }, []);
  const catalog = catalogState.status === "ready" ? catalogState.catalog : null;
  // While the catalog comes, the header is all there is to use; then the browser or the error screen marks.
  useMarkReady(catalogState.status === "loading");

  return (
    // A fault in the header shows the error screen alone; one below it keeps the header.
    <ErrorBoundary>
      <TaxonomyLabelsProvider>
        <div className="flex min-h-screen flex-col">
          <Suspense fallback={null}>
            <Header catalog={catalog} language={language} setView={setView} />
          </Suspense>
          <ErrorBoundary>
            {catalogState.status === "loading" && <Loading />}
            {catalogState.status === "error" && (
              <ErrorScreen
                problem={catalogState.problem}
                checkedAt={catalogState.checkedAt}
                onRetry={retry}
              />
            )}
            <Suspense fallback={null}>
              {catalog && <Browser catalog={catalog} view={view} setView={setView} language={language} />}
            </Suspense>
          </ErrorBoundary>
          <Suspense fallback={null}>
            <UpdateNotice />
          </Suspense>
        </div>
      </TaxonomyLabelsProvider>
    </ErrorBoundary>
  );
}

/** The CSS shows it only if the catalog takes a while. */
function Loading() {
  const { t } = useTranslation();
  return (
    <p className="appear-late p-6 text-slate-600" role="status">
      {t("app.loading")}
    </p>
  );
}
