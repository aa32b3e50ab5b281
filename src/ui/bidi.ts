/**
 * Text from outside the app (catalog text, a value from a link) is wrapped in a Unicode bidi
 * isolate (FSI…PDI, the plain-text <bdi>) before it goes into a UI sentence: a right-to-left
 * override or embedding inside it then reorders only itself, never the sentence around it.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
