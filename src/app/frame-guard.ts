/** What the check reads of a window; a Window, or a stand-in in tests. */
export interface FrameContext {
  self: unknown;
  top: { location: { origin: string } } | null;
  location: { origin: string; ancestorOrigins?: ArrayLike<string> };
}

/**
 * Whether a page of another origin frames this one (clickjacking). A host's frame-ancestors header
 * refuses that before the page loads; on a host that cannot send headers the app checks for itself.
 */
export function framedByAnotherOrigin(context: FrameContext = window): boolean {
  if (context.top === context.self) return false;
  const { origin, ancestorOrigins } = context.location;
  if (ancestorOrigins) return Array.from(ancestorOrigins).some((ancestor) => ancestor !== origin);
  try {
    return context.top?.location.origin !== origin;
  } catch {
    return true; // reading another origin's location throws
  }
}
