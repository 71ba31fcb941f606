// SQL of search, in two steps so that only the best few articles pay for snippets: rank a bounded
// candidate set (rowid + bm25), then read metadata, snippet and highlights for the top hits only.
// Filter conditions are fixed SQL fragments; every value is a bound parameter.
import type { Database } from 'better-sqlite3';
import { MATCH_END, MATCH_START } from '../../../shared/text';
import type { SearchFilters } from './query-filters';

// bm25 column weights: title, authors, outlet, body.
const BM25 = 'bm25(articles_fts, 10.0, 5.0, 3.0, 1.0)';

export interface Candidate {
  id: number;
  /** bm25, lower is better. */
  bm25: number;
}

export interface HitRow {
  id: number;
  bm25: number;
  title: string | null;
  outlet: string | null;
  authors_json: string;
  published_at: string | null;
  snippet: string;
  title_hl: string | null;
  authors_hl: string | null;
  outlet_hl: string | null;
}

export interface FilterSql {
  /** Conditions on `articles a` (each " AND …"); empty when there are no filters. */
  onArticles: string;
  /**
   * The same as a condition on the FTS rowid. Answered from the covering date/language index into
   * a set, never by reading article rows; the unary + keeps FTS5 from probing it id by id.
   */
  onFts: string;
  params: string[];
}

export function filterSql(f: SearchFilters): FilterSql {
  const parts: string[] = [];
  const params: string[] = [];
  if (f.after !== null) {
    parts.push('a.published_at >= ?');
    params.push(f.after);
  }
  if (f.before !== null) {
    parts.push('a.published_at < ?');
    params.push(f.before);
  }
  if (f.languages.length) {
    parts.push(`(${f.languages.map(() => '(lower(a.language) = ? OR lower(a.language) LIKE ?)').join(' OR ')})`);
    for (const l of f.languages) params.push(l, `${l}-%`);
  }
  const onArticles = parts.map((p) => ` AND ${p}`).join('');
  const onFts = onArticles ? ` AND +articles_fts.rowid IN (SELECT a.id FROM articles a WHERE 1${onArticles})` : '';
  return { onArticles, onFts, params };
}

/**
 * The rowid of the `window`-th newest match, or null when there are fewer matches. Ranking only
 * matches from there on bounds the cost of a query that matches most of a large library.
 */
export function windowStart(db: Database, expr: string, filters: FilterSql, window: number): number | null {
  const row = db
    .prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?${filters.onFts} ORDER BY rowid DESC LIMIT 1 OFFSET ?`)
    .pluck()
    .get(expr, ...filters.params, window - 1) as number | undefined;
  return row ?? null;
}

/** The best `k` matches by bm25 (title and byline boosted), among rowids from `fromRowid` on. */
export function rankMatches(db: Database, expr: string, filters: FilterSql, k: number, fromRowid: number | null): Candidate[] {
  const from = fromRowid === null ? '' : ' AND rowid >= ?';
  const params = fromRowid === null ? [expr, ...filters.params, k] : [expr, ...filters.params, fromRowid, k];
  return db
    .prepare(`SELECT rowid AS id, ${BM25} AS bm25 FROM articles_fts WHERE articles_fts MATCH ?${filters.onFts}${from} ORDER BY bm25 LIMIT ?`)
    .all(...params) as Candidate[];
}

/**
 * The newest `k` matches (unknown dates last), walking the date index. For a query with few
 * matches they are collected first; for one with many, each article in date order is checked.
 */
export function newestMatches(db: Database, expr: string | null, filters: FilterSql, k: number, manyMatches = false): Candidate[] {
  const order = 'ORDER BY a.published_at DESC, a.id DESC LIMIT ?';
  if (expr === null) {
    return db
      .prepare(`SELECT a.id, 0 AS bm25 FROM articles a INDEXED BY articles_by_published_at WHERE 1${filters.onArticles} ${order}`)
      .all(...filters.params, k) as Candidate[];
  }
  const match = manyMatches
    ? 'EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND articles_fts.rowid = a.id)'
    : 'a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)';
  return db
    .prepare(`SELECT a.id, 0 AS bm25 FROM articles a INDEXED BY articles_by_published_at WHERE ${match}${filters.onArticles} ${order}`)
    .all(expr, ...filters.params, k) as Candidate[];
}

/** Number of matches, counting no further than `cap` (counting is cheap; ranking is not). */
export function countMatching(db: Database, expr: string | null, filters: FilterSql, cap: number): number {
  if (expr === null) {
    return db
      .prepare(`SELECT count(*) FROM (SELECT 1 FROM articles a WHERE 1${filters.onArticles} LIMIT ?)`)
      .pluck()
      .get(...filters.params, cap) as number;
  }
  return db
    .prepare(`SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ?${filters.onFts} LIMIT ?)`)
    .pluck()
    .get(expr, ...filters.params, cap) as number;
}

/** Metadata, the best body passage and field highlights of one matching article. */
// better-sqlite3 binds JS numbers as REAL, and FTS5 mishandles `rowid = <real>` next to MATCH (it
// answers the first matching row instead), so the id is cast to an integer in SQL.
export function readHit(db: Database, expr: string, id: number): HitRow | undefined {
  return db
    .prepare(
      `SELECT a.id, a.title, a.outlet, a.authors_json, a.published_at, 0 AS bm25,
         snippet(articles_fts, 3, ?, ?, '…', 28) AS snippet,
         highlight(articles_fts, 0, ?, ?) AS title_hl,
         highlight(articles_fts, 1, ?, ?) AS authors_hl,
         highlight(articles_fts, 2, ?, ?) AS outlet_hl
       FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
       WHERE articles_fts MATCH ? AND articles_fts.rowid = CAST(? AS INTEGER)`,
    )
    .get(MATCH_START, MATCH_END, MATCH_START, MATCH_END, MATCH_START, MATCH_END, MATCH_START, MATCH_END, expr, id) as
    | HitRow
    | undefined;
}

/** Metadata and the opening words of an article, for searches made only of filters. */
export function readOpening(db: Database, id: number): HitRow | undefined {
  return db
    .prepare(
      `SELECT id, title, outlet, authors_json, published_at, 0 AS bm25, substr(body, 1, 200) AS snippet,
         NULL AS title_hl, NULL AS authors_hl, NULL AS outlet_hl
       FROM articles WHERE id = ?`,
    )
    .get(id) as HitRow | undefined;
}
