import type { Language } from "../catalog/schema";

/**
 * Dates of the data (2025-12-11, or 2022-01 for a month) as words, the same in a Node build and
 * in any browser: the locale and the UTC time zone are explicit, and nothing reads the clock.
 */
const LOCALES: Record<Language, string> = { fr: "fr-FR", en: "en-US" };
const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, withDay: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withDay}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALES[language], {
      ...(withDay ? { day: "numeric" } : {}),
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    formats.set(key, found);
  }
  return found;
}

export const hasDay = (iso: string) => /^\d{4}-\d{2}-\d{2}$/.test(iso);

export function formatDate(iso: string, language: Language): string {
  const [year, month, day] = iso.split("-").map(Number);
  if (!year || !month) return iso;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return format(language, day !== undefined).format(date);
}
