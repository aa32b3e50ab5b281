/** True when a key press is meant for a field: shortcuts must leave it alone. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export const isModalOpen = () => document.querySelector("dialog[open]") !== null;
