import { useTranslation } from "react-i18next";
import { splitPlaceholders } from "../../catalog/placeholders";
import { useLaterStrings } from "../../i18n/later-strings";

/**
 * The description as plain text, with the parts Defender fills in at alert time marked. French
 * ones start in lower case (they follow « Description : » on the page): shown with a capital,
 * the data left as published.
 */
export function DescriptionText({ text }: { text: string }) {
  useLaterStrings();
  const { t } = useTranslation();
  return (
    <p className="leading-relaxed break-words whitespace-pre-line text-slate-800 first-letter:uppercase">
      {splitPlaceholders(text).map((part, index) =>
        part.placeholder ? (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
            key={index}
            data-placeholder=""
            title={t("detail.placeholder")}
            className="rounded border border-dashed border-violet-500 bg-violet-50 px-1 font-mono text-[0.85em] text-violet-900"
          >
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
