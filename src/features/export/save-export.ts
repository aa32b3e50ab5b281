import type { i18n as I18n, TFunction } from "i18next";
import { exportView } from "../../export/export-view";
import { describeFilters } from "../../export/report";
import { addLaterStrings } from "../../i18n/later-strings";
import { downloadText } from "./download";
import type { ExportChoice, ExportSubject } from "./export-choices";
import * as labelling from "./export-labels";
import { withNotes } from "./with-notes";

/** Makes the file of the view as shown and saves it; loaded on the first export, not with the page. */
export function saveExport(...request: Parameters<typeof exportView>) {
  const file = exportView(...request);
  downloadText(file.fileName, file.mimeType, file.content);
}

/** Makes and saves one export, with the strings only exports use. */
export async function saveChoice(
  { t, i18n }: { t: TFunction; i18n: I18n },
  subject: ExportSubject,
  { format, separator }: ExportChoice,
) {
  const { catalog, alerts, view, language } = subject;
  addLaterStrings(i18n);
  const whole = format === "json" ? await withNotes(catalog, alerts) : { catalog, alerts };
  const labels = labelling.exportLabels(t, catalog);
  const context = labelling.reportContext(t, catalog, alerts.length, view, language);
  saveExport(format, {
    catalog: whole.catalog,
    alerts: whole.alerts,
    view,
    language,
    separator,
    labels,
    context,
    layerWords: labelling.layerWords(t, catalog, alerts.length, describeFilters(view, labels, context)),
    alertUrl: labelling.alertUrlIn(view, language),
  });
}
