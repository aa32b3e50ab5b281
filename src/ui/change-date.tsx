import { useTranslation } from "react-i18next";
import type { Change, Language } from "../catalog/schema";
import { formatDate } from "../i18n/format-date";

/** An event's date, or the two dates it lies between when the sources only bound it. */
export function ChangeDate({ change, language }: { change: Change; language: Language }) {
  const { t } = useTranslation();
  const to = formatDate(change.date, language);
  return (
    <time dateTime={change.date}>
      {change.notBefore ? t("changes.between", { from: formatDate(change.notBefore, language), to }) : to}
    </time>
  );
}
