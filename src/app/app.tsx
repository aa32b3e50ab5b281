import { Browser } from "../features/browser/browser";
import { TranslationProvider, useTranslation } from "../i18n/translation-context";
import { later, useLoaded } from "../ui/loaded-later";
import { useViewState } from "../url/use-view-state";
import { ErrorBoundary } from "./error-boundary";
import { ErrorScreen } from "./error-screen";
import { Header } from "./header";
import { useCatalog } from "./use-catalog";
import { useLanguage } from "./use-language";

// Offline support is not part of the first view: its code, with the notice of a new version, loads
// right after it.
const offlineChunk = later(() => import("./update-notice"));

export function App() {
  const [view, setView] = useViewState();
  const translation = useLanguage(view.lang);
  const [catalogState, retry] = useCatalog();
  const catalog =
    catalogState.status === "ready" || catalogState.status === "partial" ? catalogState.catalog : null;
  const offline = useLoaded(offlineChunk);
  // The first language's strings are a chunk of their own, asked for as soon as the code runs.
  if (!translation) return null;
  const { language } = translation;

  return (
    <TranslationProvider value={translation}>
      {/* A fault in the header shows the error screen alone; one below it keeps the header. */}
      <ErrorBoundary>
        <div className="flex min-h-screen flex-col">
          {/* Its source line counts the whole catalog: not before all of it is in. */}
          <Header
            catalog={catalogState.status === "ready" ? catalog : null}
            language={language}
            chosen={view.lang ?? language}
            setView={setView}
          />
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
          {offline && <offline.UpdateNotice />}
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
