// Turns what a person types into a safe FTS5 expression plus filters. Supported: words (all must
// match), "exact phrase", -exclude, prefix*, OR, fields title:/author:/outlet:, and the filters
// lang:, after:, before:, year:, tag:. Every term is quoted, so no input can inject FTS5 syntax;
// malformed filters become notices for the person, never exceptions.
import { ParallaxError } from '../../../shared/errors';
import { applyFilterToken, emptyFilters, isFilterField, type SearchFilters } from './query-filters';

export type QueryField = 'title' | 'authors_text' | 'outlet';

export interface QueryTerm {
  words: string;
  phrase: boolean;
  prefix: boolean;
  negated: boolean;
  field: QueryField | null;
}

/** A query is a conjunction of clauses; each clause is one term or an OR of terms. */
export type QueryClause = QueryTerm[];

export interface ParsedQuery {
  clauses: QueryClause[];
  filters: SearchFilters;
  /** Messages for the person: ignored or malformed parts of the query. */
  notices: string[];
}

const FIELD_ALIASES: Record<string, QueryField> = {
  title: 'title',
  author: 'authors_text',
  by: 'authors_text',
  outlet: 'outlet',
  source: 'outlet',
};

const TOKEN = /(-?)(?:([a-z]+):)?(?:"([^"]*)"?|(\S+))/giy;

export function parseSearch(input: string): ParsedQuery {
  const clauses: QueryClause[] = [];
  const filters = emptyFilters();
  const notices: string[] = [];
  let pendingOr = false;
  const text = input.trim();
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) break;
    i = TOKEN.lastIndex;
    const [, minus, fieldName, quoted, bare] = m;
    if (bare === 'OR' && !minus && !fieldName) {
      pendingOr = clauses.length > 0;
      continue;
    }
    const dangling = !fieldName && bare ? /^([a-z]+):$/i.exec(bare) : null;
    if (dangling && (isFilterField(dangling[1]!) || FIELD_ALIASES[dangling[1]!.toLowerCase()])) {
      // "before:" or "title:" with nothing after it: say so rather than search for the word.
      if (isFilterField(dangling[1]!)) applyFilterToken(filters, notices, { field: dangling[1]!.toLowerCase(), value: '', negated: minus === '-', raw: m[0] });
      else notices.push(`Ignored "${m[0]}": put the words right after the colon, like ${dangling[1]}:Putin.`);
      continue;
    }
    if (fieldName && isFilterField(fieldName)) {
      applyFilterToken(filters, notices, { field: fieldName.toLowerCase(), value: (quoted ?? bare ?? '').trim(), negated: minus === '-', raw: m[0] });
      pendingOr = false;
      continue;
    }
    const field = fieldName ? FIELD_ALIASES[fieldName.toLowerCase()] ?? null : null;
    let raw = quoted ?? bare ?? '';
    if (fieldName && !field) raw = `${fieldName} ${raw}`; // unknown field: search the words
    const prefix = quoted === undefined && raw.endsWith('*');
    const words = normaliseWords(prefix ? raw.slice(0, -1) : raw);
    if (!words) continue;
    const term: QueryTerm = { words, phrase: quoted !== undefined, prefix, negated: minus === '-', field };
    const last = clauses[clauses.length - 1];
    if (pendingOr && last && !term.negated) last.push(term);
    else clauses.push([term]);
    pendingOr = false;
  }
  if (filters.after && filters.before && filters.after >= filters.before) {
    notices.push(`No date is both on or after ${filters.after} and before ${filters.before}: check the date filters.`);
  }
  return { clauses, filters, notices };
}

/** The word part of a query (filters dropped); kept for callers that only need the FTS side. */
export function parseQuery(input: string): QueryClause[] {
  return parseSearch(input).clauses;
}

/** Keeps letters and digits; everything else separates words (as the FTS tokenizer does). */
function normaliseWords(raw: string): string {
  return raw.replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ').trim();
}

/** True when the query has something to search for besides exclusions. */
export function hasPositiveTerms(clauses: QueryClause[]): boolean {
  return clauses.some((c) => !(c.length === 1 && c[0]!.negated));
}

export function toFtsExpression(clauses: QueryClause[]): string | null {
  if (!clauses.length) return null;
  const positives = clauses.filter((c) => !(c.length === 1 && c[0]!.negated));
  const negatives = clauses.filter((c) => c.length === 1 && c[0]!.negated);
  if (!positives.length) {
    throw new ParallaxError(
      'INVALID_INPUT',
      'Add at least one word to search for: a search made only of exclusions (-word) matches nothing.',
    );
  }
  let expr = positives.map((c) => (c.length === 1 ? termExpr(c[0]!) : `(${c.map(termExpr).join(' OR ')})`)).join(' AND ');
  for (const n of negatives) expr = `(${expr}) NOT ${termExpr(n[0]!)}`;
  return expr;
}

/**
 * The whole query as one phrase ("putin xi summit"), for boosting documents where the words
 * appear together; null when the query is a single word or uses operators that make it moot.
 */
export function toPhraseExpression(clauses: QueryClause[]): string | null {
  if (clauses.length < 2) return null;
  if (clauses.some((c) => c.length !== 1 || c[0]!.negated || c[0]!.prefix || c[0]!.field)) return null;
  const words = clauses.map((c) => c[0]!.words).join(' ');
  return `"${words.replace(/"/g, '""')}"`;
}

export function termExpr(t: QueryTerm): string {
  const quoted = `"${t.words.replace(/"/g, '""')}"${t.prefix ? ' *' : ''}`;
  return t.field ? `${t.field} : ${quoted}` : quoted;
}
