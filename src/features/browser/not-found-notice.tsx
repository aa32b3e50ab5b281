import { useTranslation } from "react-i18next";
import { looksLikeAlertId } from "../../catalog/alert-id";
import { useLaterStrings } from "../../i18n/later-strings";
import { isolate } from "../../ui/bidi";

/**
 * The ID is quoted only when it has the shape of one: other text from a link is never echoed.
 * Loaded only for a link that names no alert.
 */
export default function NotFoundNotice({ id, onDismiss }: { id: string; onDismiss: () => void }) {
  useLaterStrings();
  const { t } = useTranslation();
  return (
    <div
      role="alert"
      className="flex items-start gap-3 rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      <p className="min-w-0 flex-1 break-words">
        {looksLikeAlertId(id) ? t("notFound.named", { id: isolate(id) }) : t("notFound.unnamed")}
      </p>
      <button type="button" onClick={onDismiss} className="rounded px-2 font-medium underline">
        {t("notFound.dismiss")}
      </button>
    </div>
  );
}
