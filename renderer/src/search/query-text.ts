// The query text is the one source of truth for filters: this module reads the filter terms out
// of it (for the chips) and writes them back in (when a chip is added or removed). It follows the
// core's query language (words, "phrase", -exclude, prefix*, OR, field:value) closely enough to
// find each term's place in the text; the core still decides what the query means.

export type FilterField = 'outlet' | 'author' | 'after' | 'before' | 'year' | 'lang' | 'tag';

export interface QueryToken {
  /** Where the token sits in the query text: [start, end). */
  start: number;
  end: number;
  raw: string;
  negated: boolean;
  /** Lower-cased field name as typed (`by`, `source`, `since`… are mapped to their canonical name). */
  field: string | null;
  value: string;
  quoted: boolean;
  prefix: boolean;
  /** The bare word OR between two terms. */
  isOr: boolean;
}

export interface FilterTerm {
  field: FilterField;
  value: string;
  token: QueryToken;
}

const FIELD_NAMES: Record<string, FilterField | 'title'> = {
  title: 'title',
  outlet: 'outlet',
  source: 'outlet',
  author: 'author',
  by: 'author',
  after: 'after',
  since: 'after',
  before: 'before',
  until: 'before',
  year: 'year',
  lang: 'lang',
  language: 'lang',
  tag: 'tag',
} as const;

const TOKEN = /(-?)(?:([a-z]+):)?(?:"([^"]*)"?|(\S+))/giy;

export function tokenizeQuery(query: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < query.length) {
    if (/\s/.test(query[i]!)) {
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(query);
    if (!m) break;
    const [raw, minus, fieldName, quoted, bare] = m;
    const known = fieldName ? FIELD_NAMES[fieldName.toLowerCase()] : undefined;
    let value = quoted ?? bare ?? '';
    if (fieldName && !known) value = `${fieldName} ${value}`;
    const prefix = quoted === undefined && value.endsWith('*');
    tokens.push({
      start: i,
      end: TOKEN.lastIndex,
      raw,
      negated: minus === '-',
      field: known ?? null,
      value: prefix ? value.slice(0, -1) : value,
      quoted: quoted !== undefined,
      prefix,
      isOr: bare === 'OR' && !minus && !fieldName,
    });
    i = TOKEN.lastIndex;
  }
  return tokens;
}

/** The filter terms of a query, in order: what the chips show. */
export function filterTerms(query: string): FilterTerm[] {
  return tokenizeQuery(query).flatMap((token) =>
    token.field && token.field !== 'title' && !token.negated && token.value.trim()
      ? [{ field: token.field as FilterField, value: token.value.trim(), token }]
      : [],
  );
}

/** `outlet:"The Guardian"`: the term that filters on a value, quoted when it needs to be. */
export function filterTermText(field: FilterField, value: string): string {
  const clean = value.replace(/"/g, '').trim();
  return /[\s:]/.test(clean) || clean === '' ? `${field}:"${clean}"` : `${field}:${clean}`;
}

/** Fields that hold one value: adding another replaces the one already in the query. */
const SINGLE_VALUED = new Set<FilterField>(['after', 'before', 'year']);

export function addFilter(query: string, field: FilterField, value: string): string {
  let text = query;
  if (SINGLE_VALUED.has(field)) {
    for (const term of filterTerms(text).reverse()) if (term.field === field) text = removeToken(text, term.token);
  }
  const exists = filterTerms(text).some((t) => t.field === field && t.value.toLowerCase() === value.trim().toLowerCase());
  if (exists) return text;
  const term = filterTermText(field, value);
  const trimmed = text.trimEnd();
  return trimmed ? `${trimmed} ${term}` : term;
}

/** The query without one of its tokens, with the spaces around it tidied. */
export function removeToken(query: string, token: Pick<QueryToken, 'start' | 'end'>): string {
  const before = query.slice(0, token.start).trimEnd();
  const after = query.slice(token.end).trimStart();
  return before && after ? `${before} ${after}` : before + after;
}

export function removeFilter(query: string, term: FilterTerm): string {
  return removeToken(query, term.token);
}
