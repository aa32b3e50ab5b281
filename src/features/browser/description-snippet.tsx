import { useMemo } from "react";
import type { Alert, Language } from "../../catalog/schema";
import { descriptionSnippet } from "../../search/snippet";
import { Highlighted } from "../../ui/highlighted";

interface DescriptionSnippetProps {
  alert: Alert;
  language: Language;
  terms: readonly string[];
}

/** Why a row matched when its title does not say: the words found, in their sentence. */
export function DescriptionSnippet({ alert, language, terms }: DescriptionSnippetProps) {
  const snippet = useMemo(() => descriptionSnippet(alert, language, terms), [alert, language, terms]);
  if (!snippet) return null;
  return (
    <p
      data-snippet=""
      // A French description starts in lower case (it follows « Description : » on the page).
      className={`mt-1 text-xs leading-snug break-words text-slate-700 ${snippet.cutBefore ? "" : "first-letter:uppercase"}`}
    >
      {snippet.cutBefore && "…"}
      <Highlighted text={snippet.text} terms={terms} />
      {snippet.cutAfter && "…"}
    </p>
  );
}
