/**
 * Makes everything but `element` (and its ancestors) inert, as a modal would, and returns the
 * undo. Used when the detail pane covers the whole screen: focus and screen readers must not
 * wander onto content hidden behind it.
 */
export function inertOutside(element: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  for (let node: HTMLElement | null = element; node && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement?.children ?? []) {
      // Dialogs and notices stacked above the pane (shortcuts help, "new version") stay usable.
      const above = sibling instanceof HTMLDialogElement || sibling.hasAttribute("data-above-pane");
      if (sibling !== node && sibling instanceof HTMLElement && !above && !sibling.inert) {
        sibling.inert = true;
        changed.push(sibling);
      }
    }
  }
  return () => {
    for (const sibling of changed) sibling.inert = false;
  };
}
