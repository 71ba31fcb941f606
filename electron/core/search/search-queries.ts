// SQL of search, in two steps so that only the best few articles pay for snippets: rank a bounded
// candidate set (rowid + bm25), then read the top hits by id (snippets are made in snippet.ts).
// Filter conditions are fixed SQL fragments; every value is a bound parameter.
import type { Database } from 'better-sqlite3';
import { statement } from '../library/statements';
import { filterSetTable } from './filter-sets';
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
  title: string | null;
  outlet: string | null;
  authors_json: string;
  authors_text: string;
  published_at: string | null;
  body: string;
}

export interface FilterSql {
  /** Conditions on `articles a` (each " AND …"); empty when there are no filters. */
  onArticles: string;
  params: string[];
  /**
   * The same as a condition on the FTS rowid, against a cached set of the filtered ids (no
   * parameters), built on first use; the unary + keeps FTS5 from probing it id by id.
   */
  readonly onFts: string;
}


export function filterSql(db: Database, f: SearchFilters): FilterSql {
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
  let onFts: string | null = null;
  return {
    onArticles,
    params,
    get onFts() {
      onFts ??= onArticles ? ` AND +articles_fts.rowid IN ${filterSetTable(db, onArticles, params)}` : '';
      return onFts;
    },
  };
}

/**
 * The rowids of the newest `n` matches, newest first: in one pass, how many articles match (up to
 * `n`) and where the newest `n` begin, so that ranking a query matching most of a large library
 * costs no more than ranking `n` articles.
 */
export function newestMatchIds(db: Database, expr: string, filters: FilterSql, n: number): number[] {
  return statement(db, `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?${filters.onFts} ORDER BY rowid DESC LIMIT ?`)
    .pluck()
    .all(expr, n) as number[];
}

/**
 * The newest `n` matches with their bm25, newest first. FTS5 hands matches over in rowid order,
 * so only these `n` are scored; but its bm25 counts each term's documents over the whole index
 * anew in every statement, so ranking takes as few statements as possible.
 */
export function scoreNewest(db: Database, expr: string, filters: FilterSql, n: number): Candidate[] {
  return statement(db, `SELECT rowid AS id, ${BM25} AS bm25 FROM articles_fts WHERE articles_fts MATCH ?${filters.onFts} ORDER BY rowid DESC LIMIT ?`).all(
    expr,
    n,
  ) as Candidate[];
}

/**
 * bm25 of those of `ids` that match, in one statement: FTS5 walks the matches between the smallest
 * and largest id (the unary + keeps it from re-running the query, and its counts, once per id).
 */
export function scoreAmong(db: Database, expr: string, filters: FilterSql, ids: number[]): Candidate[] {
  if (!ids.length) return [];
  return statement(
    db,
    `SELECT rowid AS id, ${BM25} AS bm25 FROM articles_fts WHERE articles_fts MATCH ?${filters.onFts}
     AND rowid >= CAST(? AS INTEGER) AND rowid <= CAST(? AS INTEGER) AND +rowid IN (SELECT value FROM json_each(?))`,
  ).all(expr, Math.min(...ids), Math.max(...ids), JSON.stringify(ids)) as Candidate[];
}

/** The ids of matches from `fromRowid` on (all when null) and among `alsoIds`, unranked: cheap. */
export function matchIdsFrom(db: Database, expr: string, filters: FilterSql, fromRowid: number | null, alsoIds: number[] = []): number[] {
  const from = fromRowid === null ? '' : ' AND rowid >= CAST(? AS INTEGER)';
  const ids = statement(db, `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?${filters.onFts}${from}`)
    .pluck()
    .all(...(fromRowid === null ? [expr] : [expr, fromRowid])) as number[];
  ids.push(...matchingAmong(db, expr, filters, alsoIds));
  return ids;
}

/** Which of `ids` match: a few single-row seeks (an IN list would make FTS5 walk every match). */
export function matchingAmong(db: Database, expr: string, filters: FilterSql, ids: number[]): number[] {
  const one = statement(db, `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?${filters.onFts} AND rowid = CAST(? AS INTEGER)`).pluck();
  return ids.filter((id) => one.get(expr, id) !== undefined);
}

/**
 * The best `k` title and byline matches of the whole library, by the small title index's own
 * bm25 (migration 0010). The expression may only name the title and authors_text columns.
 */
export function titleMatchIds(db: Database, expr: string, k: number): number[] {
  return statement(
    db,
    'SELECT rowid FROM articles_title_fts WHERE articles_title_fts MATCH ? ORDER BY bm25(articles_title_fts, 10.0, 5.0) LIMIT ?',
  )
    .pluck()
    .all(expr, k) as number[];
}

/**
 * The newest `k` matches (unknown dates last), walking the date index. For a query with few
 * matches they are collected first; for one with many, each article in date order is checked.
 */
export function newestMatches(db: Database, expr: string | null, filters: FilterSql, k: number, manyMatches = false): Candidate[] {
  const order = 'ORDER BY a.published_at DESC, a.id DESC LIMIT ?';
  if (expr === null) {
    return statement(db, `SELECT a.id, 0 AS bm25 FROM articles a INDEXED BY articles_by_published_at WHERE 1${filters.onArticles} ${order}`)
      .all(...filters.params, k) as Candidate[];
  }
  const match = manyMatches
    ? 'EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND articles_fts.rowid = a.id)'
    : 'a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)';
  return statement(db, `SELECT a.id, 0 AS bm25 FROM articles a INDEXED BY articles_by_published_at WHERE ${match}${filters.onArticles} ${order}`)
    .all(expr, ...filters.params, k) as Candidate[];
}

/** Number of matches, counting no further than `cap` (counting is cheap; ranking is not). */
export function countMatching(db: Database, expr: string | null, filters: FilterSql, cap: number): number {
  if (expr === null) {
    return statement(db, `SELECT count(*) FROM (SELECT 1 FROM articles a WHERE 1${filters.onArticles} LIMIT ?)`)
      .pluck()
      .get(...filters.params, cap) as number;
  }
  return statement(db, `SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ?${filters.onFts} LIMIT ?)`)
    .pluck()
    .get(expr, cap) as number;
}

/** Which of `ids` meet the filters. */
export function meetingFilters(db: Database, ids: number[], filters: FilterSql): number[] {
  if (!ids.length) return [];
  return statement(db, `SELECT a.id FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))${filters.onArticles}`)
    .pluck()
    .all(JSON.stringify(ids), ...filters.params) as number[];
}

/**
 * What a hit shows: metadata and the body, read by id. Snippets and which fields matched are
 * worked out in JS (snippet.ts): asking FTS5 means seeking every query term's document list
 * for every hit, ~0.3 ms a hit for a phrase, more for a prefix's completions.
 */
export function readHitRow(db: Database, id: number): HitRow | undefined {
  return statement(db, 'SELECT id, title, outlet, authors_json, authors_text, published_at, body FROM articles WHERE id = ?').get(id) as
    | HitRow
    | undefined;
}
