import type { Language } from "../catalog/schema";
import { type Translation, translationFor } from "./translation-context";

/** A language's translation, its strings loaded (for tests: in the app, useLanguage waits for them). */
export async function loadedTranslation(language: Language): Promise<Translation> {
  const translation = await translationFor(language).load();
  if (!translation) throw new Error(`the ${language} strings did not load`);
  return translation;
}
