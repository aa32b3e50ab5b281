import { useTranslation } from "react-i18next";
import type { Catalog, Language } from "../../catalog/schema";
import { useLaterStrings } from "../../i18n/later-strings";
import { ModalDialog } from "../../ui/modal-dialog";
import { AboutData } from "./about-data";
import { usePageNotes } from "./use-page-notes";

/** What this catalog is, where each piece comes from and how current it is, then the page's own notes. */
export function AboutDialog({
  catalog,
  language,
  onClose,
}: {
  catalog: Catalog;
  language: Language;
  onClose: () => void;
}) {
  useLaterStrings();
  const { t } = useTranslation();
  const { notes, sources, errataOf } = usePageNotes(catalog, true);
  return (
    <ModalDialog title={t("about.title")} closeLabel={t("about.close")} onClose={onClose}>
      <p className="mt-2 text-sm text-slate-700">{t("about.intro")}</p>
      <AboutData catalog={catalog} sources={sources} language={language} errataOf={errataOf} />
      <h3 className="mt-4 text-sm font-semibold tracking-wide text-slate-700 uppercase">
        {t("about.notes")}
      </h3>
      <p className="mt-2 font-medium break-words text-slate-900">{catalog.page.title[language]}</p>
      <div className="mt-2 space-y-2 text-sm break-words text-slate-800">
        {/* Notes are positional and may repeat a text: keyed by position, not by text. */}
        {notes.map((note, index) =>
          note.kind === "heading" ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <h4 key={index} className="pt-2 font-semibold text-slate-900">
              {note[language]}
            </h4>
          ) : (
            <p
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              className={
                note.kind === "callout" ? "border-l-4 border-blue-700 bg-blue-50 px-3 py-2" : undefined
              }
            >
              {note[language]}
            </p>
          ),
        )}
      </div>
    </ModalDialog>
  );
}
