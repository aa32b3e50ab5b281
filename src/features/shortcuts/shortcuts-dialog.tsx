import { useTranslation } from "react-i18next";
import { useLaterStrings } from "../../i18n/later-strings";
import { ModalDialog } from "../../ui/modal-dialog";

type Key = "/" | "?" | "j" | "k" | "↓" | "↑" | "→" | "←" | "enter" | "esc";

/** Exactly what shortcut-keys.ts, the search box and the pane answer to, where they answer. */
const SHORTCUTS: [group: string, [keys: Key[], action: string][]][] = [
  [
    "shortcuts.anywhere",
    [
      [["/"], "shortcuts.search"],
      [["?"], "shortcuts.help"],
    ],
  ],
  [
    "shortcuts.inSearch",
    [
      [["↓"], "shortcuts.toResults"],
      [["enter"], "shortcuts.submit"],
      [["esc"], "shortcuts.leave"],
    ],
  ],
  [
    "shortcuts.inTable",
    [
      [["j", "↓"], "shortcuts.next"],
      [["k", "↑"], "shortcuts.previous"],
      [["enter"], "shortcuts.openAlert"],
    ],
  ],
  [
    "shortcuts.inPane",
    [
      [["j", "→"], "shortcuts.nextOpen"],
      [["k", "←"], "shortcuts.previousOpen"],
      [["esc"], "shortcuts.close"],
    ],
  ],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  useLaterStrings();
  const { t } = useTranslation();
  // Named keys as printed on the keyboard in each language (Échap, Entrée).
  const label = (key: Key) => (key === "enter" || key === "esc" ? t(`shortcuts.keys.${key}`) : key);
  return (
    <ModalDialog title={t("shortcuts.title")} closeLabel={t("shortcuts.done")} onClose={onClose}>
      {SHORTCUTS.map(([group, shortcuts]) => (
        <section key={group} className="mt-4">
          <h3 className="text-xs font-semibold tracking-wide text-slate-700 uppercase">{t(group)}</h3>
          <dl className="mt-1.5 grid grid-cols-[6rem_1fr] gap-x-4 gap-y-1.5 text-sm">
            {shortcuts.map(([keys, action]) => (
              <div key={action} className="contents">
                <dt className="flex gap-1">
                  {keys.map((key) => (
                    <kbd
                      key={key}
                      className="rounded border border-slate-300 bg-slate-100 px-1.5 font-mono text-xs text-slate-900"
                    >
                      {label(key)}
                    </kbd>
                  ))}
                </dt>
                <dd className="text-slate-800">{t(action)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="mt-4 text-xs text-slate-600">{t("shortcuts.note")}</p>
    </ModalDialog>
  );
}
