// Dates a text mentions, as features for telling one event from another: "4 February 2022" gives
// 2022-02-04, 2022-02 and 2022; a bare year ("in 2019") gives 2019. Regular expressions, no parser.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR = '((?:19|20)\\d{2})';
// "February 4, 2022", "February 2022", "4 February 2022".
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'gi');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'gi');
const MONTH_YEAR = new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, 'gi');
const ISO_DATE = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;
const BARE_YEAR = /\b((?:19|20)\d{2})\b(?!\s*(?:km|kilometres|people|troops|tonnes|dollars|\$|%))/g;

/** Date features with how often each is mentioned: "2022-02-04", "2022-02", "2022". */
export function mentionedDates(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (key: string) => out.set(key, (out.get(key) ?? 0) + 1);
  const day = (y: string, m: number, d: number) => {
    if (d < 1 || d > 31) return;
    const mm = String(m).padStart(2, '0');
    add(`${y}-${mm}-${String(d).padStart(2, '0')}`);
    add(`${y}-${mm}`);
  };
  const taken: [number, number][] = [];
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    day(m[3]!, monthOf(m[1]!), Number(m[2]));
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    day(m[3]!, monthOf(m[2]!), Number(m[1]));
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    if (!inside(taken, m.index!)) add(`${m[2]}-${String(monthOf(m[1]!)).padStart(2, '0')}`);
  }
  for (const m of text.matchAll(ISO_DATE)) day(m[1]!, Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(BARE_YEAR)) add(m[1]!);
  return out;
}

/** The month an article reports on: its publication month, else the month it names most. */
export function eventMonth(publishedAt: string | null, dates: ReadonlyMap<string, number>): string | null {
  if (publishedAt && /^\d{4}-\d{2}/.test(publishedAt)) return publishedAt.slice(0, 7);
  let best: string | null = null;
  let count = 0;
  for (const [date, n] of [...dates].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (date.length !== 7) continue;
    // Ties go to the later month: background history is usually older than the news.
    if (n >= count) [best, count] = [date, n];
  }
  return best;
}

/** Days since 1970 of an ISO date or month ("2022-02" → the 15th), or null. */
export function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 15) / 86_400_000);
}

function monthOf(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? MONTHS[word.toLowerCase().slice(0, 3)]!;
}

function inside(ranges: readonly [number, number][], at: number): boolean {
  return ranges.some(([a, b]) => at >= a && at < b);
}
