// The filter part of the query language: lang:, after:, before:, year: and tag:. Dates bound
// published_at: after:X means on or after the start of X, before:X strictly before the start of X,
// year:X both; X is 2022, 2022-03 or 2022-03-15. Bad values are reported, never thrown.

export interface SearchFilters {
  /** Language codes, any of which may match ('en' also matches 'en-GB'). Empty: any language. */
  languages: string[];
  /** Inclusive lower bound on published_at (YYYY-MM-DD), or null. */
  after: string | null;
  /** Exclusive upper bound on published_at (YYYY-MM-DD), or null. */
  before: string | null;
  /** Accepted but not applied until annotations have tags. */
  tags: string[];
}

export interface FilterToken {
  field: string;
  value: string;
  negated: boolean;
  raw: string;
}

const FILTER_FIELDS = new Set(['lang', 'language', 'after', 'since', 'before', 'until', 'year', 'tag']);

const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en', french: 'fr', german: 'de', spanish: 'es', italian: 'it', portuguese: 'pt',
  romanian: 'ro', russian: 'ru', ukrainian: 'uk', polish: 'pl', dutch: 'nl', chinese: 'zh',
};

export function emptyFilters(): SearchFilters {
  return { languages: [], after: null, before: null, tags: [] };
}

export function isFilterField(name: string): boolean {
  return FILTER_FIELDS.has(name.toLowerCase());
}

export function hasFilters(f: SearchFilters): boolean {
  return f.languages.length > 0 || f.after !== null || f.before !== null;
}

export function applyFilterToken(filters: SearchFilters, notices: string[], t: FilterToken): void {
  const name = t.field === 'language' ? 'lang' : t.field === 'since' ? 'after' : t.field === 'until' ? 'before' : t.field;
  if (!t.value) {
    notices.push(`Ignored "${t.raw}": ${name}: needs a value, like ${example(name)}.`);
    return;
  }
  if (t.negated) {
    notices.push(`Ignored "${t.raw}": filters cannot be excluded with "-"; use ${example(name)} instead.`);
    return;
  }
  if (name === 'tag') {
    filters.tags.push(t.value);
    notices.push(`Ignored "${t.raw}": articles have no tags yet, so tag: filters are not applied.`);
    return;
  }
  if (name === 'lang') {
    const code = languageCode(t.value);
    if (code) filters.languages.push(code);
    else notices.push(`Ignored "${t.raw}": use a language code like lang:en or a name like lang:english.`);
    return;
  }
  const period = parsePeriod(t.value);
  if (!period) {
    notices.push(`Ignored "${t.raw}": use a date like ${name}:2022-01-31, ${name}:2022-01 or ${name}:2022.`);
    return;
  }
  if (name === 'after' || name === 'year') filters.after = maxDate(filters.after, period.start);
  if (name === 'before') filters.before = minDate(filters.before, period.start);
  if (name === 'year') filters.before = minDate(filters.before, period.end);
}

function example(name: string): string {
  if (name === 'lang') return 'lang:en';
  if (name === 'tag') return 'tag:sanctions';
  if (name === 'year') return 'year:2022';
  return `${name}:2022-01-31`;
}

function languageCode(value: string): string | null {
  const v = value.toLowerCase();
  if (LANGUAGE_NAMES[v]) return LANGUAGE_NAMES[v]!;
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(v) ? v : null;
}

/** A year, month or day as [start, end) in YYYY-MM-DD, or null when it is not a real date. */
export function parsePeriod(value: string): { start: string; end: string } | null {
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (year < 1000) return null;
  if (month === null) return { start: ymd(year, 1, 1), end: ymd(year + 1, 1, 1) };
  if (month < 1 || month > 12) return null;
  if (day === null) return { start: ymd(year, month, 1), end: month === 12 ? ymd(year + 1, 1, 1) : ymd(year, month + 1, 1) };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const next = new Date(date.getTime() + 86_400_000);
  return { start: ymd(year, month, day), end: ymd(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()) };
}

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const maxDate = (a: string | null, b: string) => (a === null || b > a ? b : a);
const minDate = (a: string | null, b: string) => (a === null || b < a ? b : a);
