import { useTranslation } from "react-i18next";
import { techniqueUrl } from "../../catalog/attack";
import type { Alert, Language } from "../../catalog/schema";
import type { MappingReasons } from "../about/use-page-notes";

interface TechniqueListProps {
  alert: Alert;
  language: Language;
  names: ReadonlyMap<string, string>;
  /** Undefined while notes.json loads. */
  reasons: MappingReasons | undefined;
  attackVersion: string | null;
}

/**
 * Our ATT&CK techniques for the alert: each a link to MITRE's page, marked as our mapping, with
 * how sure we are and, one click away, why. Microsoft's tactics sit above, under their own label.
 */
export function TechniqueList({ alert, language, names, reasons, attackVersion }: TechniqueListProps) {
  const { t } = useTranslation();
  const none = reasons?.none?.[language];
  return (
    <div data-testid="techniques">
      {alert.techniques.length === 0 ? (
        <p className="text-slate-700">
          {t("techniques.none")}
          {none && ` — ${none}`}
        </p>
      ) : (
        <ul className="space-y-1.5">
          {alert.techniques.map(({ id }) => {
            const reason = reasons?.reasons[id]?.[language];
            const confidence = reasons?.confidence[id];
            return (
              <li key={id} data-technique={id}>
                <a
                  href={techniqueUrl(id)}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="inline-flex items-baseline gap-1.5 rounded-md border border-dashed border-slate-400 px-1.5 py-0.5 text-xs text-slate-900 hover:bg-slate-100"
                >
                  <span className="font-mono">{id}</span>
                  <span>{names.get(id) ?? ""}</span>
                  <span className="sr-only">({t("techniques.external")})</span>
                </a>{" "}
                {confidence && (
                  <span className="text-xs text-slate-600">{t(`techniques.${confidence}`)}</span>
                )}
                <details className="text-xs text-slate-700">
                  <summary className="cursor-pointer py-1 text-blue-800 hover:underline">
                    {t("techniques.why")}
                  </summary>
                  <p className="mt-0.5">{reason ?? t("techniques.loading")}</p>
                </details>
              </li>
            );
          })}
        </ul>
      )}
      <p className="mt-1 text-xs text-slate-600 italic">
        {t("filters.techniqueNote")}
        {attackVersion && ` ${t("techniques.version", { version: attackVersion })}`}
      </p>
    </div>
  );
}
