/** The longest alert ID a notice will quote back; real ones are under 60 characters. */
export const MAX_QUOTED_ID_LENGTH = 100;

/**
 * Whether text from a link has the shape of a Defender alert ID (`AppServices_CurlToDisk`,
 * `SQL.DB_BruteForce`): letters, digits, `_`, `.` and `-`, with at most one space (the French page
 * publishes one ID with a space). Anything else is not quoted back to the user: a sentence in a link
 * must not read as if the app said it.
 */
export function looksLikeAlertId(text: string): boolean {
  return text.length <= MAX_QUOTED_ID_LENGTH && /^[A-Za-z][\w.-]*(?: [\w.-]+)?$/.test(text);
}

/**
 * An ID cut where a line may wrap without splitting a word: after `_` and where a lower-case letter
 * meets a capital (`AppServices_` `Curl` `To` `Disk`). Joined back, the parts are the ID.
 */
export function idWrapParts(id: string): string[] {
  return id.split(/(?<=_)|(?<=[a-z])(?=[A-Z])/);
}
