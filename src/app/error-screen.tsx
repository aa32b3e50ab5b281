import { useTranslation } from "react-i18next";
import type { CatalogProblem } from "../catalog/load-catalog";

export function ErrorScreen({ problem, onRetry }: { problem: CatalogProblem | null; onRetry: () => void }) {
  const { t } = useTranslation();
  const message = !problem
    ? t("error.render")
    : problem.kind === "missing"
      ? t("error.missing", { status: problem.status })
      : problem.kind === "network"
        ? t("error.network")
        : problem.kind === "newer"
          ? t("error.newer", { version: problem.version })
          : t("error.corrupt", { detail: problem.detail });
  return (
    <main className="mx-auto w-full max-w-2xl p-6">
      <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6 text-red-950">
        <h2 className="text-lg font-semibold">{t("error.title")}</h2>
        <p className="mt-2 break-words whitespace-pre-wrap">{message}</p>
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
