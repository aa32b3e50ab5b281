import { Browser } from "../features/browser/browser";
import { TranslationProvider, useTranslation } from "../i18n/translation-context";
import { useViewState } from "../url/use-view-state";
import { ErrorBoundary } from "./error-boundary";
import { ErrorScreen } from "./error-screen";
import { Header } from "./header";
import { UpdateNotice } from "./update-notice";
import { useCatalog } from "./use-catalog";
import { useLanguage } from "./use-language";

export function App() {
  const [view, setView] = useViewState();
  const { language, i18n } = useLanguage(view.lang);
  const [catalogState, retry] = useCatalog();
  const catalog =
    catalogState.status === "ready" || catalogState.status === "partial" ? catalogState.catalog : null;

  return (
    <TranslationProvider value={i18n}>
      {/* A fault in the header shows the error screen alone; one below it keeps the header. */}
      <ErrorBoundary>
        <div className="flex min-h-screen flex-col">
          <Header catalog={catalog} language={language} setView={setView} />
          <ErrorBoundary>
            {catalogState.status === "loading" && <Loading />}
            {catalogState.status === "error" && (
              <ErrorScreen problem={catalogState.problem} onRetry={retry} />
            )}
            {catalog && (
              <Browser
                catalog={catalog}
                complete={catalogState.status === "ready"}
                view={view}
                setView={setView}
                language={language}
              />
            )}
          </ErrorBoundary>
          <UpdateNotice />
        </div>
      </ErrorBoundary>
    </TranslationProvider>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="p-6 text-slate-600" role="status">
      {t("app.loading")}
    </p>
  );
}
