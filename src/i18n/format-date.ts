import type { Language } from "../catalog/schema";

/**
 * Dates of the data (2025-12-11, or 2022-01 for a month) as words, as Intl.DateTimeFormat writes
 * them in fr-FR and en-US (format-date.test.ts compares), but without it: a page's first
 * Intl.DateTimeFormat loads locale data, up to 40 ms of its hydration (docs/performance.md).
 * The same in a Node build and in any browser, whatever the time zone.
 */
const MONTHS: Record<Language, readonly string[]> = {
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

export function formatDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = match ? MONTHS[language][Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  const [, year, , day] = match;
  if (day === undefined) return `${month} ${year}`;
  return language === "fr" ? `${Number(day)} ${month} ${year}` : `${month} ${Number(day)}, ${year}`;
}
