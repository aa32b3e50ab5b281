/**
 * Where the site's root is, from the page: the English page (en/index.html) is one folder down,
 * and says so with data-root="../" on <html>. Relative, so the site works under any path.
 */
export const siteRootPath = (): string => document.documentElement.dataset.root ?? "./";
export const siteRoot = (): URL => new URL(siteRootPath(), window.location.href);

/** The language a prerendered page is in, if it pins one (the English page does; the root page detects). */
export const pinnedLanguage = (): string | null => document.documentElement.dataset.pinnedLang ?? null;
