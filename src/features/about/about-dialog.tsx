import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Catalog, Language } from "../../catalog/schema";

/** The page's own intro and notes, in a native modal dialog (focus trap and Esc for free). */
export function AboutDialog({
  catalog,
  language,
  onClose,
}: {
  catalog: Catalog;
  language: Language;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="about-title"
      className="m-auto max-h-[90vh] w-[min(42rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/50"
    >
      <div className="p-5">
        <h2 id="about-title" className="text-lg font-semibold text-slate-950">
          {t("about.title")}
        </h2>
        <p className="mt-2 text-sm text-slate-700">{t("about.intro")}</p>
        <h3 className="mt-4 text-sm font-semibold tracking-wide text-slate-700 uppercase">
          {t("about.notes")}
        </h3>
        <p className="mt-2 font-medium text-slate-900">{catalog.page.title[language]}</p>
        <div className="mt-2 space-y-2 text-sm text-slate-800">
          {catalog.page.notes.map((note) =>
            note.kind === "heading" ? (
              <h4 key={note.fr} className="pt-2 font-semibold text-slate-900">
                {note[language]}
              </h4>
            ) : (
              <p
                key={note.fr}
                className={
                  note.kind === "callout" ? "border-l-4 border-blue-700 bg-blue-50 px-3 py-2" : undefined
                }
              >
                {note[language]}
              </p>
            ),
          )}
        </div>
        <div className="mt-5 text-right">
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md bg-slate-800 px-4 py-2 text-sm font-medium text-white"
          >
            {t("about.close")}
          </button>
        </div>
      </div>
    </dialog>
  );
}
