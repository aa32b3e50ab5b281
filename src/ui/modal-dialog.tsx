import { type ReactNode, useEffect, useId, useRef } from "react";

interface ModalDialogProps {
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  /** A sheet rising from the bottom of a phone's screen, its buttons always in reach. */
  sheet?: boolean;
  /** More buttons, before the close button. */
  actions?: ReactNode;
}

/** A native modal dialog: focus trap, Esc and the backdrop come from the browser. */
export function ModalDialog({
  title,
  closeLabel,
  onClose,
  children,
  sheet = false,
  actions,
}: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby={titleId}
      className={`bg-white p-0 text-slate-900 shadow-xl backdrop:bg-black/60 ${
        sheet
          ? "mx-0 mt-auto mb-0 max-h-[85vh] w-full max-w-none rounded-t-xl"
          : "m-auto max-h-[90vh] w-[min(42rem,calc(100vw-2rem))] rounded-lg"
      }`}
    >
      <div className={sheet ? "px-4 pt-4" : "p-5"}>
        <h2 id={titleId} className="text-lg font-semibold text-slate-950">
          {title}
        </h2>
        {children}
        <div
          className={
            sheet
              ? "sticky bottom-0 -mx-4 mt-4 flex gap-2 border-t border-slate-200 bg-white p-3"
              : "mt-5 text-right"
          }
        >
          {actions}
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className={`rounded-md bg-slate-800 px-4 py-2 text-sm font-medium text-white ${sheet ? "flex-1" : ""}`}
          >
            {closeLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
