// The one search entry point: parse the query (words, phrases, fields, filters), correct words
// that match nothing, rank a bounded candidate set with BM25 (title and byline boosted, exact
// phrase boosted, newer as tie-breaker), merge in articles whose highlights or notes match, then
// snippet only the hits that are returned.
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchResult } from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';
import { MATCH_START } from '../../../shared/text';
import { parseSearch, toFtsExpression, toPhraseExpression, type QueryClause } from './parse-query';
import { hasFilters } from './query-filters';
import {
  countMatching,
  filterSql,
  newestMatches,
  newestMatchIds,
  matchIdsFrom,
  matchingAmong,
  meetingFilters,
  readHitRow,
  scoreFrom,
  scoreWalking,
  type Candidate,
  titleMatchIds,
  type FilterSql,
  type HitRow,
} from './search-queries';
import { annotationMatches, type AnnotationField } from './annotation-matches';
import { expandPrefixes } from './prefix-expansion';
import { containsMatch, fieldTerms, makeSnippet } from './snippet';
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
/** An article whose own highlights or notes also match ranks as if this many times more relevant. */
const ANNOTATION_BOOST = 1.5;
/**
 * A query matching more than this many articles is ranked among its newest this-many matches
 * plus its best title/byline matches from anywhere (title index, migration 0010): bm25 over
 * 100,000 rows alone costs ~100 ms.
 */
export const RANK_WINDOW = 500;
/** From this many matches on, a date-sorted search walks the date index instead of collecting matches. */
const DENSE_MATCHES = 10_000;

export function searchArticles(db: Database, query: string, options: SearchOptions | number = {}): SearchResult {
  const { limit = 50, sort = 'relevance' } = typeof options === 'number' ? { limit: options } : options;
  const parsed = parseSearch(query);
  const notices = [...parsed.notices];
  const filters = filterSql(db, parsed.filters);
  const { after, before } = parsed.filters;
  if (after && before && after >= before) return result(query, 0, [], notices);

  if (!parsed.clauses.length) {
    if (!hasFilters(parsed.filters)) {
      if (query.trim()) notices.push('Type a word to search for: this search has no letters or digits in it.');
      return result(query, 0, [], notices);
    }
    const ids = newestMatches(db, null, filters, limit);
    const total = countMatching(db, null, filters, COUNT_CAP + 1);
    const hits = ids.flatMap((c) => {
      const row = readHitRow(db, c.id);
      return row ? [toHit(row, 0, row.body.slice(0, 200), [])] : [];
    });
    return result(query, total, hits, notices);
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

    const annotated = annotationMatches(db, clauses);
    const found = sort === 'date' ? newestFirst(db, expr, filters, limit) : rankByRelevance(db, clauses, expr, filters, limit);
    const { ranked, total } = withAnnotationMatches(db, expr, found, annotated, filters, sort, limit);
    // Snippets and highlights only for the hits returned.
    const terms = fieldTerms(clauses);
    const hits = ranked.flatMap((r) => {
      const row = readHitRow(db, r.id);
      if (!row) return [];
      const snippet = makeSnippet(row.body, terms.body);
      const matchedIn: string[] = [];
      if (containsMatch(row.title ?? '', terms.title)) matchedIn.push('title');
      if (containsMatch(row.authors_text, terms.authors)) matchedIn.push('authors');
      if (containsMatch(row.outlet ?? '', terms.outlet)) matchedIn.push('outlet');
      if (snippet.includes(MATCH_START)) matchedIn.push('body');
      matchedIn.push(...(annotated.get(row.id) ?? []));
      return [toHit(row, r.score, snippet, matchedIn)];
    });
    const out = result(query, total, hits, notices);
    if (corrections.length) out.corrections = corrections;
    return out;
  } catch (err) {
    if (err instanceof ParallaxError) throw err;
    throw new ParallaxError('INVALID_INPUT', `Could not understand the search "${query}": ${(err as Error).message}`);
  }
}

interface Ranked {
  ranked: { id: number; score: number }[];
  /** Matches counted, up to a cap. */
  total: number;
}

/**
 * BM25 order over a bounded candidate set: the newest RANK_WINDOW matches plus the best title and
 * byline matches from anywhere in the library, exact-phrase matches boosted, newer first on ties.
 */
function rankByRelevance(db: Database, clauses: QueryClause[], expr: string, filters: FilterSql, limit: number): Ranked {
  const byTitle = searchableByTitle(clauses);
  let candidates: Candidate[];
  let total: number;
  let from: number | null;
  let titled: number[];
  if (hasPhrase(clauses)) {
    // A phrase is costly to walk: count, window and title matches in one walk.
    const walked = scoreWalking(db, expr, filters, RANK_WINDOW, COUNT_CAP + 1, byTitle ? titleMatches(db, expr, filters, limit) : []);
    total = walked.total;
    from = total >= RANK_WINDOW ? walked.scored[RANK_WINDOW - 1]!.id : null;
    titled = from === null ? [] : walked.scored.slice(RANK_WINDOW).map((c) => c.id);
    candidates = walked.scored;
  } else {
    // Counting (cheap, unranked) says where the newest RANK_WINDOW matches begin; then one statement
    // scores them and the older title matches (each bm25 statement re-counts every term's documents).
    const newest = newestMatchIds(db, expr, filters, COUNT_CAP + 1);
    total = newest.length;
    const start = total >= RANK_WINDOW ? newest[RANK_WINDOW - 1]! : null;
    from = start;
    titled = start !== null && byTitle ? titleMatches(db, expr, filters, limit).filter((id) => id < start) : [];
    candidates = scoreFrom(db, expr, filters, from, titled);
  }
  const phrase = toPhraseExpression(clauses);
  const phraseIds = new Set(phrase ? matchIdsFrom(db, `(${expr}) AND ${phrase}`, filters, from, titled) : []);
  const scored = candidates.map((c) => ({ id: c.id, score: -c.bm25 * (phraseIds.has(c.id) ? PHRASE_BOOST : 1) }));
  return { ranked: newestOnTies(db, scored, limit), total };
}

/**
 * Merges the articles whose highlights or notes match into the one list: one that matched in its
 * text as well ranks higher (ANNOTATION_BOOST); one that matched only in annotations scores half
 * the page's median (a weaker match than most found in the text), or takes its place by date.
 */
function withAnnotationMatches(
  db: Database,
  expr: string,
  found: Ranked,
  annotated: Map<number, AnnotationField[]>,
  filters: FilterSql,
  sort: SearchSort,
  limit: number,
): Ranked {
  if (!annotated.size) return found;
  const seen = new Set(found.ranked.map((r) => r.id));
  const extra = meetingFilters(db, [...annotated.keys()].filter((id) => !seen.has(id)), filters);
  // Those matching in their text too were counted already.
  const total = found.total + extra.length - matchingAmong(db, expr, filters, extra).length;
  if (sort === 'date') {
    const dates = publishedDates(db, [...seen, ...extra]);
    const ranked = [...found.ranked, ...extra.map((id) => ({ id, score: 0 }))]
      .sort((a, b) => ((dates.get(b.id) ?? '') < (dates.get(a.id) ?? '') ? -1 : (dates.get(b.id) ?? '') > (dates.get(a.id) ?? '') ? 1 : b.id - a.id))
      .slice(0, limit);
    return { ranked, total };
  }
  const scores = found.ranked.map((r) => r.score).sort((a, b) => a - b);
  const middling = scores.length ? scores[scores.length >> 1]! / 2 : 1;
  const merged = [
    ...found.ranked.map((r) => (annotated.has(r.id) ? { ...r, score: r.score * ANNOTATION_BOOST } : r)),
    ...extra.map((id) => ({ id, score: middling })),
  ];
  return { ranked: newestOnTies(db, merged, limit), total };
}

/**
 * The best title and byline matches that meet the filters: the title index knows no dates or
 * languages, and one that fails them would only make the scoring walk reach further back.
 */
function titleMatches(db: Database, expr: string, filters: FilterSql, limit: number): number[] {
  const ids = titleMatchIds(db, expr, limit);
  if (!filters.onArticles || !ids.length) return ids;
  const meeting = new Set(meetingFilters(db, ids, filters));
  return ids.filter((id) => meeting.has(id));
}

/** Whether the query holds a phrase of several words (not as an exclusion). */
function hasPhrase(clauses: QueryClause[]): boolean {
  return clauses.some((c) => c.some((t) => !t.negated && /\s/.test(t.words)));
}

/** The title index holds only titles and bylines: a query naming another field cannot run there. */
function searchableByTitle(clauses: QueryClause[]): boolean {
  return clauses.every((c) => c.every((t) => t.field === null || t.field === 'title' || t.field === 'authors_text'));
}

/** Newest first; the date index is walked differently for rare and for common queries. */
function newestFirst(db: Database, expr: string, filters: FilterSql, limit: number): Ranked {
  const total = countMatching(db, expr, filters, Math.max(DENSE_MATCHES, COUNT_CAP + 1));
  const ranked = newestMatches(db, expr, filters, limit, total >= DENSE_MATCHES).map((c) => ({ id: c.id, score: 0 }));
  return { ranked, total };
}

/** The best `limit` by score; equal scores newest first (dates are read only for ties that count). */
function newestOnTies(db: Database, hits: { id: number; score: number }[], limit: number): { id: number; score: number }[] {
  hits.sort((a, b) => b.score - a.score || a.id - b.id);
  const last = hits[Math.min(limit, hits.length) - 1]?.score;
  const tied = hits
    .filter((h, i) => h.score >= last! && (hits[i - 1]?.score === h.score || hits[i + 1]?.score === h.score))
    .map((h) => h.id);
  if (!tied.length) return hits.slice(0, limit);
  const dates = publishedDates(db, tied);
  return hits.filter((h) => h.score >= last!).sort((a, b) => {
    if (b.score !== a.score) return b.score - a.score;
    const dateA = dates.get(a.id) ?? '';
    const dateB = dates.get(b.id) ?? '';
    return dateA < dateB ? 1 : dateA > dateB ? -1 : a.id - b.id;
  }).slice(0, limit);
}

function publishedDates(db: Database, ids: number[]): Map<number, string> {
  if (!ids.length) return new Map();
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

function toHit(row: HitRow, score: number, snippet: string, matchedIn: string[]): SearchHit {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    authors: JSON.parse(row.authors_json) as string[],
    publishedAt: row.published_at,
    // bm25() is lower-is-better; expose higher-is-better.
    score: Math.round(score * 1000) / 1000,
    snippet,
    matchedIn,
  };
}
