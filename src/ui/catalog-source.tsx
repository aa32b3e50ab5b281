import { useTranslation } from "react-i18next";
import type { Catalog, Language } from "../catalog/schema";
import { formatDate } from "../i18n/format-date";
import { isolate } from "./bidi";

/** Stands for the link in the translated sentence, which is then cut around it (never catalog text). */
const LINK = "\u0000";

/**
 * Whose alerts these are, where the catalog comes from (the published French page, as a link)
 * and its date: the first things an analyst checks before trusting a reference.
 */
export function CatalogSource({ catalog, language }: { catalog: Catalog; language: Language }) {
  const { t } = useTranslation();
  const page = catalog.page.sources.find((source) => source.id === "french-page");
  const title = isolate(catalog.page.title.fr);
  const link = page ? (
    <a
      href={page.url}
      hrefLang="fr"
      lang="fr"
      target="_blank"
      rel="noopener noreferrer"
      className="text-blue-800 underline underline-offset-2 hover:text-blue-950"
    >
      {title}
    </a>
  ) : (
    <cite lang="fr" className="not-italic">
      {title}
    </cite>
  );
  const [before, after] = t("app.source", { source: LINK }).split(LINK);
  return (
    <>
      {before}
      {link}
      {after}
      {/* Said again in About and beside each text: a phone keeps its first screen for the alerts. */}
      <span className="max-sm:hidden"> {t("app.translationNote")}</span>
      {catalog.page.asOf && (
        <>
          {" "}
          <time dateTime={catalog.page.asOf} data-testid="catalog-date">
            {t("app.asOf", { date: formatDate(catalog.page.asOf, language) })}
          </time>
        </>
      )}
    </>
  );
}
