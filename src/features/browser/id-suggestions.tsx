import { type MouseEvent, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Alert } from "../../catalog/schema";
import { useLaterStrings } from "../../i18n/later-strings";
import { closestIds } from "../../search/closest-ids";

interface IdSuggestionsProps {
  alerts: readonly Alert[];
  /** The ID of a link that names no alert. */
  unknown: string;
  hrefFor: (id: string) => string;
  onOpen: (id: string) => void;
}

/**
 * The IDs closest to one in a link that names no alert: one of them is usually what was meant.
 * Loaded only for such a link.
 */
export default function IdSuggestions({ alerts, unknown, hrefFor, onOpen }: IdSuggestionsProps) {
  useLaterStrings();
  const { t } = useTranslation();
  const ids = useMemo(() => closestIds(alerts, unknown), [alerts, unknown]);
  if (ids.length === 0) return null;
  const open = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(id);
  };
  return (
    <div
      data-testid="id-suggestions"
      className="flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      <span>{t("lookup.closest", { count: ids.length })}</span>
      {ids.map((id) => (
        <a
          key={id}
          href={hrefFor(id)}
          onClick={(event) => open(event, id)}
          className="font-mono text-xs break-all text-blue-800 underline underline-offset-2 hover:text-blue-950"
        >
          {id}
        </a>
      ))}
    </div>
  );
}
