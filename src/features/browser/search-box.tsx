import { useTranslation } from "react-i18next";

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
}

export function SearchBox({ value, onChange }: SearchBoxProps) {
  const { t } = useTranslation();
  return (
    <div className="relative">
      <label htmlFor="alert-search" className="sr-only">
        {t("search.label")}
      </label>
      <input
        id="alert-search"
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={t("search.placeholder")}
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 pr-9 text-base text-slate-900 placeholder:text-slate-500"
      />
      {value !== "" && (
        <button
          type="button"
          onClick={() => onChange("")}
          aria-label={t("search.clear")}
          className="absolute top-1/2 right-1.5 -translate-y-1/2 rounded px-2 py-0.5 text-slate-600 hover:bg-slate-100"
        >
          ✕
        </button>
      )}
    </div>
  );
}
