import { useTranslation } from "react-i18next";
import { ModalDialog } from "../../ui/modal-dialog";

const SHORTCUTS: [keys: string[], action: string][] = [
  [["/"], "shortcuts.search"],
  [["j", "↓"], "shortcuts.next"],
  [["k", "↑"], "shortcuts.previous"],
  [["Enter"], "shortcuts.openAlert"],
  [["Esc"], "shortcuts.close"],
  [["?"], "shortcuts.help"],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog title={t("shortcuts.title")} closeLabel={t("shortcuts.done")} onClose={onClose}>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.map(([keys, action]) => (
          <div key={action} className="contents">
            <dt className="flex gap-1">
              {keys.map((key) => (
                <kbd
                  key={key}
                  className="rounded border border-slate-300 bg-slate-100 px-1.5 font-mono text-xs text-slate-900"
                >
                  {key}
                </kbd>
              ))}
            </dt>
            <dd className="text-slate-800">{t(action)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-slate-600">{t("shortcuts.note")}</p>
    </ModalDialog>
  );
}
