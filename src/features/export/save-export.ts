import { exportView } from "../../export/export-view";

export { describeFilters } from "../../export/report";

import { downloadText } from "./download";

/** Makes the file of the view as shown and saves it; loaded on the first export, not with the page. */
export function saveExport(...request: Parameters<typeof exportView>) {
  const file = exportView(...request);
  downloadText(file.fileName, file.mimeType, file.content);
}
