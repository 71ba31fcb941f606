// The one search entry point: parse the query (words, phrases, fields, filters), correct words
// that match nothing, rank a bounded candidate set with BM25 (title and byline boosted, exact
// phrase boosted, newer as tie-breaker), then snippet only the hits that are returned.
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchResult } from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';
import { MATCH_START } from '../../../shared/text';
import { parseSearch, toFtsExpression, toPhraseExpression } from './parse-query';
import { hasFilters } from './query-filters';
import {
  countMatching,
  filterSql,
  newestMatches,
  rankMatches,
  readHit,
  windowStart,
  readOpening,
  type Candidate,
  type HitRow,
} from './search-queries';
import { expandPrefixes } from './prefix-expansion';
import { correctSpelling, describeCorrections } from './spelling';

export type SearchSort = 'relevance' | 'date';

export interface SearchOptions {
  limit?: number;
  sort?: SearchSort;
}

/** Counting stops here; beyond it `total` is flagged as capped. */
export const COUNT_CAP = 1_000;
/** Documents holding the whole query as a phrase rank as if this many times more relevant. */
const PHRASE_BOOST = 3;
/**
 * A query matching more than this many articles is ranked among its newest this-many matches
 * (plus title/byline matches from anywhere): bm25 over 100,000 rows alone costs ~100 ms.
 */
export const RANK_WINDOW = 2_000;
/** From this many matches on, a date-sorted search walks the date index instead of collecting matches. */
const DENSE_MATCHES = 2_000;

export function searchArticles(db: Database, query: string, options: SearchOptions | number = {}): SearchResult {
  const { limit = 50, sort = 'relevance' } = typeof options === 'number' ? { limit: options } : options;
  const parsed = parseSearch(query);
  const notices = [...parsed.notices];
  const filters = filterSql(parsed.filters);
  const { after, before } = parsed.filters;
  if (after && before && after >= before) return result(query, 0, [], notices);

  if (!parsed.clauses.length) {
    if (!hasFilters(parsed.filters)) {
      if (query.trim()) notices.push('Type a word to search for: this search has no letters or digits in it.');
      return result(query, 0, [], notices);
    }
    const ids = newestMatches(db, null, filters, limit);
    const total = countMatching(db, null, filters, COUNT_CAP + 1);
    return result(query, total, ids.map((c) => toHit(readOpening(db, c.id)!, 0)), notices);
  }

  // Throws INVALID_INPUT (a message for the person) when the query is only exclusions.
  toFtsExpression(parsed.clauses);
  try {
    const spelled = correctSpelling(db, parsed.clauses);
    const { clauses, notices: prefixNotices } = expandPrefixes(db, spelled.clauses);
    const corrections = spelled.corrections;
    const corrected = describeCorrections(query, corrections);
    if (corrected) notices.unshift(corrected);
    notices.push(...prefixNotices);
    const expr = toFtsExpression(clauses)!;

    const ranked =
      sort === 'date'
        ? newestFirst(db, expr, filters, limit)
        : rankByRelevance(db, expr, toPhraseExpression(clauses), filters, limit);
    const hits = ranked.flatMap((r) => {
      const row = readHit(db, expr, r.id);
      return row ? [toHit(row, r.score)] : [];
    });
    const total = ranked.length < limit ? ranked.length : countMatching(db, expr, filters, COUNT_CAP + 1);
    const out = result(query, total, hits, notices);
    if (corrections.length) out.corrections = corrections;
    return out;
  } catch (err) {
    if (err instanceof ParallaxError) throw err;
    throw new ParallaxError('INVALID_INPUT', `Could not understand the search "${query}": ${(err as Error).message}`);
  }
}

/** BM25 order over a bounded candidate set, exact-phrase matches boosted, newer first on ties. */
function rankByRelevance(
  db: Database,
  expr: string,
  phrase: string | null,
  filters: ReturnType<typeof filterSql>,
  limit: number,
): { id: number; score: number }[] {
  const k = Math.max(limit * 2, 40);
  const candidates = new Map<number, Candidate & { phrase: boolean }>();
  const rank = (e: string, n: number) => rankMatches(db, e, filters, n, windowStart(db, e, filters, RANK_WINDOW));
  for (const c of rank(expr, k)) candidates.set(c.id, { ...c, phrase: false });
  // Title and byline matches from outside the window still compete: they are the likeliest wanted.
  for (const c of rank(`(${expr}) AND {title authors_text} : (${expr})`, limit)) {
    if (!candidates.has(c.id)) candidates.set(c.id, { ...c, phrase: false });
  }
  if (phrase) {
    for (const c of rank(`(${expr}) AND ${phrase}`, limit)) {
      candidates.set(c.id, { ...(candidates.get(c.id) ?? c), phrase: true });
    }
  }
  const dates = publishedDates(db, [...candidates.keys()]);
  return [...candidates.values()]
    .map((c) => ({ id: c.id, score: -c.bm25 * (c.phrase ? PHRASE_BOOST : 1), date: dates.get(c.id) ?? '' }))
    .sort((a, b) => b.score - a.score || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || a.id - b.id)
    .slice(0, limit);
}

/** Newest first; the date index is walked differently for rare and for common queries. */
function newestFirst(db: Database, expr: string, filters: ReturnType<typeof filterSql>, limit: number): { id: number; score: number }[] {
  const many = countMatching(db, expr, filters, DENSE_MATCHES) >= DENSE_MATCHES;
  return newestMatches(db, expr, filters, limit, many).map((c) => ({ id: c.id, score: 0 }));
}

function publishedDates(db: Database, ids: number[]): Map<number, string> {
  const rows = db
    .prepare("SELECT id, coalesce(published_at, '') AS d FROM articles WHERE id IN (SELECT value FROM json_each(?))")
    .all(JSON.stringify(ids)) as { id: number; d: string }[];
  return new Map(rows.map((r) => [r.id, r.d]));
}

function result(query: string, total: number, hits: SearchHit[], notices: string[]): SearchResult {
  const out: SearchResult = { query, total: Math.min(total, COUNT_CAP), hits };
  if (total > COUNT_CAP) out.totalCapped = true;
  if (notices.length) out.notices = notices;
  return out;
}

function toHit(row: HitRow, score: number): SearchHit {
  const matchedIn: string[] = [];
  if (row.title_hl?.includes(MATCH_START)) matchedIn.push('title');
  if (row.authors_hl?.includes(MATCH_START)) matchedIn.push('authors');
  if (row.outlet_hl?.includes(MATCH_START)) matchedIn.push('outlet');
  if (row.snippet.includes(MATCH_START)) matchedIn.push('body');
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    authors: JSON.parse(row.authors_json) as string[],
    publishedAt: row.published_at,
    // bm25() is lower-is-better; expose higher-is-better.
    score: Math.round(score * 1000) / 1000,
    snippet: row.snippet,
    matchedIn,
  };
}
