import { lazy } from "react";
import type { PrintViewProps } from "./print-view";
import { usePrinting } from "./use-printing";

const PrintView = lazy(() => import("./print-view").then((m) => ({ default: m.PrintView })));

/**
 * The print view while the page prints, else nothing. A component of its own, so the print code
 * arriving at idle redraws only this, not the whole browser (a long task after hydration).
 */
export function PrintSlot(props: PrintViewProps) {
  const { printing, printModule } = usePrinting();
  if (!printing) return null;
  return printModule ? <printModule.PrintView {...props} /> : <PrintView {...props} />;
}
