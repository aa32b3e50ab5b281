import { useTranslation } from "react-i18next";
import type { Catalog, Language } from "../../catalog/schema";
import { formatDate } from "../../i18n/format-date";

/** Stands for the source in the translated sentence, which is then cut around it. */
const SLOT = "\u0000";

/**
 * Where the paper comes from, written out since nothing on it can be clicked: the view's address,
 * the published page the catalog is derived from, the catalog's date and the day it was printed.
 */
export function PrintFooter({
  catalog,
  viewUrl,
  language,
}: {
  catalog: Catalog;
  viewUrl: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const source = catalog.page.sources.find((candidate) => candidate.id === "french-page");
  const [before, after] = t("report.source", { link: SLOT }).split(SLOT);
  const printed = new Intl.DateTimeFormat(language, { dateStyle: "long", timeStyle: "short" }).format(
    new Date(),
  );
  return (
    <footer className="mt-4 border-t border-black pt-2 text-xs" data-testid="print-footer">
      <p>{t("report.view", { link: viewUrl })}</p>
      {source && (
        <p>
          {before}
          <cite lang="fr" className="not-italic">
            {source.title}
          </cite>{" "}
          &lt;{source.url}&gt;{after}
        </p>
      )}
      <p>
        {catalog.page.asOf && `${t("app.asOf", { date: formatDate(catalog.page.asOf, language) })} `}
        {t("print.printedOn", { date: printed })}
      </p>
    </footer>
  );
}
