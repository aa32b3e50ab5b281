import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { CatalogProblem } from "../catalog/load-catalog";
import { CATALOG_SCHEMA_VERSION } from "../catalog/schema";
import { isolate } from "../ui/bidi";
import { useMarkReady } from "../ui/use-mark-ready";

interface ErrorScreenProps {
  problem: CatalogProblem | null;
  onRetry: () => void;
  /** When Retry last asked the server: the message is then the server's answer, not a cached copy's. */
  checkedAt?: Date;
}

/** What went wrong (a catalog problem, or a rendering fault when `problem` is null) and a retry. */
export function ErrorScreen({ problem, onRetry, checkedAt }: ErrorScreenProps) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // A retry that fails again removes the button that had the focus: bring the focus back here.
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) heading.current?.focus();
  }, []);
  useMarkReady();
  // Text the file gave is isolated: it may run right to left.
  const message = problem
    ? t(`error.${problem.kind}`, {
        ...problem,
        ...(problem.kind === "corrupt" && { detail: isolate(problem.detail) }),
        ...(problem.kind === "unknownVersion" && { version: isolate(problem.version) }),
        expected: CATALOG_SCHEMA_VERSION,
      })
    : t("error.render");
  return (
    <main id="results" tabIndex={-1} className="mx-auto w-full max-w-2xl p-6" data-testid="error-screen">
      <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6 text-red-950">
        <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
          {problem ? t("error.title") : t("error.renderTitle")}
        </h2>
        <p className="mt-2 break-words whitespace-pre-wrap">{message}</p>
        {checkedAt && (
          <p className="mt-2 text-sm" data-testid="checked-at">
            {t("error.checked", {
              time: new Intl.DateTimeFormat(i18n.language, { timeStyle: "medium" }).format(checkedAt),
            })}
          </p>
        )}
        <p className="mt-2 text-sm">{t("error.hint")}</p>
        <button
          type="button"
          onClick={onRetry}
          className="mt-4 rounded-md bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900"
        >
          {t("error.retry")}
        </button>
      </div>
    </main>
  );
}
