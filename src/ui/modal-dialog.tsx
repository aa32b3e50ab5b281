import { type ReactNode, useEffect, useId, useRef } from "react";

interface ModalDialogProps {
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}

/** A native modal dialog: focus trap, Esc and the backdrop come from the browser. */
export function ModalDialog({ title, closeLabel, onClose, children }: ModalDialogProps) {
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
      className="m-auto max-h-[90vh] w-[min(42rem,calc(100vw-2rem))] rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-black/60"
    >
      <div className="p-5">
        <h2 id={titleId} className="text-lg font-semibold text-slate-950">
          {title}
        </h2>
        {children}
        <div className="mt-5 text-right">
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md bg-slate-800 px-4 py-2 text-sm font-medium text-white"
          >
            {closeLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
