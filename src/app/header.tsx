import { lazy, memo, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Catalog, Language } from "../catalog/schema";
import { CatalogSource } from "../ui/catalog-source";
import { LanguageToggle } from "../ui/language-toggle";
import { ThemeToggle } from "../ui/theme-toggle";
import type { HistoryMode, ViewUpdate } from "../url/use-view-state";
import { saveLanguage } from "./use-language";
import { useTheme } from "./use-theme";

const AboutDialog = lazy(() =>
  import("../features/about/about-dialog").then((m) => ({ default: m.AboutDialog })),
);

interface HeaderProps {
  catalog: Catalog | null;
  language: Language;
  setView: (update: ViewUpdate, mode?: HistoryMode) => void;
}

/** Memoised: the view changing under it (a keystroke, a filter) does not draw it again. */
export const Header = memo(function Header({ catalog, language, setView }: HeaderProps) {
  const { t } = useTranslation();
  const [aboutOpen, setAboutOpen] = useState(false);
  const [theme, toggleTheme] = useTheme();
  const chooseLanguage = (next: Language) => {
    if (next === language) return;
    saveLanguage(next);
    setView({ lang: next });
  };
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <a
        href="#results"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        {t("app.skipToResults")}
      </a>
      <div className="mx-auto grid max-w-screen-2xl grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 px-4 py-2 sm:py-3">
        <h1 className="text-base leading-5 font-semibold tracking-tight text-slate-900 sm:text-lg">
          {t("app.name")}
        </h1>
        <div className="flex items-center gap-2 nojs:hidden">
          {catalog && (
            // On a phone an icon, so that the header leaves the first screen to the alerts.
            <button
              type="button"
              onClick={() => setAboutOpen(true)}
              title={t("app.about")}
              className="rounded-md text-sm font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950 max-sm:border max-sm:border-slate-300 max-sm:bg-white max-sm:px-2 max-sm:py-1 max-sm:no-underline sm:mr-1 sm:px-2 sm:py-1"
            >
              <span className="max-sm:sr-only">{t("app.about")}</span>
              <span aria-hidden="true" className="font-serif font-bold italic sm:hidden">
                i
              </span>
            </button>
          )}
          <ThemeToggle theme={theme} onToggle={toggleTheme} />
          <LanguageToggle language={language} onChange={chooseLanguage} />
        </div>
        <p className="col-span-full text-xs break-words text-slate-600 sm:text-sm">
          {catalog ? <CatalogSource catalog={catalog} language={language} /> : t("app.tagline")}
        </p>
      </div>
      {catalog && aboutOpen && (
        <Suspense fallback={null}>
          <AboutDialog catalog={catalog} language={language} onClose={() => setAboutOpen(false)} />
        </Suspense>
      )}
    </header>
  );
});
