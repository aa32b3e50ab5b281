import type { Language } from "../catalog/schema";

/** The first language: the link's, else the saved choice, else the browser's, else French. */
export function detectLanguage(
  fromUrl: Language | null,
  saved: string | null,
  browserLanguages: readonly string[],
): Language {
  if (fromUrl) return fromUrl;
  if (saved === "fr" || saved === "en") return saved;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split("-")[0];
    if (primary === "fr" || primary === "en") return primary;
  }
  return "fr";
}
