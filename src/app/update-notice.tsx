import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLaterStrings } from "../i18n/later-strings";
import { registerServiceWorker } from "../offline/register-service-worker";
import { siteRoot } from "../url/site";

/**
 * Registers the service worker, then tells the user when a new version was downloaded and lets them
 * switch to it now. Loaded right after the first view (see App).
 */
export default function UpdateNotice() {
  useLaterStrings();
  const { t } = useTranslation();
  const [apply, setApply] = useState<(() => void) | null>(null);
  useEffect(() => {
    // Development and the single-file build have no service worker.
    if (import.meta.env.PROD && import.meta.env.MODE !== "single")
      registerServiceWorker(new URL("sw.js", siteRoot()).href, (fn) => setApply(() => fn));
  }, []);
  if (!apply) return null;
  return (
    <div
      role="status"
      data-above-pane=""
      className="fixed right-4 bottom-4 z-40 flex items-center gap-3 rounded-lg bg-slate-900 px-4 py-3 text-sm text-white shadow-lg"
    >
      <span>{t("update.ready")}</span>
      <button
        type="button"
        onClick={apply}
        className="rounded-md bg-white px-3 py-1 font-semibold text-slate-900"
      >
        {t("update.reload")}
      </button>
    </div>
  );
}
