import { type KeyboardEvent, useEffect, useEffectEvent, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useDraft } from "../../ui/use-draft";
import { MAX_QUERY_LENGTH } from "../../url/view-state";

interface SearchBoxProps {
  value: string;
  /**
   * The text, once the box has painted it (see useDraft); `pasted`: it arrived whole (pasted or
   * dropped), not typed a key at a time.
   */
  onChange: (value: string, pasted: boolean) => void;
  /** Enter, once the text is sent: open the alert the search names, or its first result. */
  onSubmit: (value: string) => void;
  /** ↓: on to the results. */
  onDown: () => void;
  /** Esc: out of the box, the search kept (a second Esc clears it, see useSearchEscape). */
  onLeave: () => void;
}

/**
 * The box keeps its own text: a key draws the box alone, and the search (the URL, the results)
 * follows once the box is painted. Drawing the whole browser with each key put a key's frame at
 * 20–21 ms (p95, 40 alerts); 12–13 now, a static page's 10–14 (docs/performance.md).
 */
export function SearchBox({ value, onChange, onSubmit, onDown, onLeave }: SearchBoxProps) {
  const { t } = useTranslation();
  const { draft, change, flush } = useDraft(value);
  const edit = (text: string, pasted: boolean) => change(text, () => onChange(text, pasted));
  // Enter and ↓ act on the text shown: one not sent yet goes first.
  const flushed = (act: () => void) => () => {
    flush();
    act();
  };
  // Keys typed into a prerendered page's box before the app took it over are in the box, not in
  // its state (React leaves them there): they are searched once it has.
  const input = useRef<HTMLInputElement>(null);
  const adoptTyped = useEffectEvent(() => {
    const typed = input.current?.value ?? draft;
    if (typed !== draft) edit(typed, false);
  });
  useEffect(() => adoptTyped(), []);
  const keys: Record<string, () => void> = {
    Enter: flushed(() => onSubmit(draft)),
    ArrowDown: flushed(onDown),
    Escape: onLeave,
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = keys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // The browser's own Esc would empty the box at once.
    event.preventDefault();
    action();
  };
  return (
    <div className="relative nojs:hidden">
      <label htmlFor="alert-search" className="sr-only">
        {t("search.label")}
      </label>
      <input
        ref={input}
        id="alert-search"
        // No more than the link keeps (see parseQuery): what the box shows is what is searched.
        maxLength={MAX_QUERY_LENGTH}
        type="search"
        value={draft}
        onChange={(event) =>
          edit(
            event.target.value,
            ((event.nativeEvent as InputEvent).inputType ?? "").startsWith("insertFrom"),
          )
        }
        onKeyDown={onKeyDown}
        placeholder={t("search.placeholder")}
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        // One clear button, ours: the browser's own would be a second.
        className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 pr-9 text-base text-slate-900 placeholder:text-slate-500 [&::-webkit-search-cancel-button]:appearance-none"
      />
      {draft !== "" && (
        <button
          type="button"
          onClick={() => edit("", false)}
          aria-label={t("search.clear")}
          className="absolute top-1/2 right-1.5 -translate-y-1/2 rounded px-2 py-0.5 text-slate-600 hover:bg-slate-100"
        >
          ✕
        </button>
      )}
    </div>
  );
}
