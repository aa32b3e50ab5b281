// @vitest-environment happy-dom
import { act } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { beforeEach, describe, expect, it } from "vitest";
import type { Language } from "../catalog/schema";
import { ALL_STRINGS } from "../i18n/all-strings";
import { createI18n } from "../i18n/i18n";
import { freshRoot } from "../ui/test-root";
import { initialLanguage, LANGUAGE_STORAGE_KEY, useLanguage } from "./use-language";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What one frame shows: the catalog's language and a UI string, which must always agree. */
function Shown({ lang }: { lang: Language | null }) {
  const language = useLanguage(lang);
  const { t } = useTranslation();
  return (
    <p>
      {language} {t("filters.title")}
    </p>
  );
}

const dom = freshRoot();
const i18n = createI18n("fr", ALL_STRINGS);
const show = (lang: Language | null) =>
  act(() =>
    dom.root.render(
      <I18nextProvider i18n={i18n}>
        <Shown lang={lang} />
      </I18nextProvider>,
    ),
  );

beforeEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, "", "/");
  void i18n.changeLanguage("fr");
});

describe("useLanguage", () => {
  it("follows the link, and the UI strings and <html lang> follow in the same frame", () => {
    show(null);
    expect(dom.container.textContent).toBe("fr Filtres");
    expect(document.documentElement.lang).toBe("fr");
    show("en");
    expect(dom.container.textContent).toBe("en Filters");
    expect(document.documentElement.lang).toBe("en");
  });

  it("goes back to the language the visit started in when the link no longer names one", () => {
    show(null);
    show("en");
    show(null);
    expect(dom.container.textContent).toBe("fr Filtres");
  });
});

describe("initialLanguage", () => {
  it("takes the link's language over the saved one", () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, "fr");
    window.history.replaceState(null, "", "/?lang=en");
    expect(initialLanguage()).toBe("en");
    window.history.replaceState(null, "", "/");
    expect(initialLanguage()).toBe("fr");
  });
});
