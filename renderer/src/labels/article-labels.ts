// How article metadata reads on screen. Unknown values (null) are said plainly and quietly,
// never guessed: "Unknown outlet", "Date unknown".

export const UNKNOWN_OUTLET = 'Unknown outlet';
export const UNKNOWN_DATE = 'Date unknown';
export const UNKNOWN_AUTHOR = 'Author unknown';

export function displayTitle(title: string | null, sourceName: string | undefined): string {
  if (title && title.trim()) return title;
  return sourceName ? `Untitled — ${sourceName}` : 'Untitled article';
}

export function outletLabel(outlet: string | null): string {
  return outlet && outlet.trim() ? outlet : UNKNOWN_OUTLET;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Formats an ISO date; a bare date is a calendar day, so it is shown in UTC to avoid a shift. */
export function formatDate(publishedAt: string | null, length: 'short' | 'long'): string {
  if (!publishedAt) return UNKNOWN_DATE;
  const dateOnly = DATE_ONLY.test(publishedAt);
  const date = new Date(dateOnly ? `${publishedAt}T00:00:00Z` : publishedAt);
  if (Number.isNaN(date.getTime())) return publishedAt;
  return new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: length === 'long' ? 'long' : 'short',
    day: 'numeric',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function bylineText(authors: readonly string[]): string | null {
  return authors.length ? `By ${joinNames(authors)}` : null;
}

export function authorsLabel(authors: readonly string[]): string {
  return authors.length ? authors.join(', ') : UNKNOWN_AUTHOR;
}

const numbers = new Intl.NumberFormat();

export function wordCountLabel(words: number): string {
  return `${numbers.format(words)} ${words === 1 ? 'word' : 'words'}`;
}

export function formatCount(n: number): string {
  return numbers.format(n);
}

/** Minutes at an unhurried 230 words a minute, never "0 min". */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
