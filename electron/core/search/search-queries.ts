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
 * bm25 of the matches from `fromRowid` on (all when null) and of those of `alsoIds` that match, in
 * one statement: FTS5 counts each term's documents over the whole index once per statement (for a
 * phrase, a walk of every match), so scoring the newest window and the older title matches apart
 * paid that twice. It walks the matches from the smallest of them up.
 */
export function scoreFrom(db: Database, expr: string, filters: FilterSql, fromRowid: number | null, alsoIds: number[] = []): Candidate[] {
  if (fromRowid === null) {
    return statement(db, `SELECT rowid AS id, ${BM25} AS bm25 FROM articles_fts WHERE articles_fts MATCH ?${filters.onFts}`).all(expr) as Candidate[];
  }
  return statement(
    db,
    `SELECT rowid AS id, ${BM25} AS bm25 FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= CAST(? AS INTEGER)
     AND (+rowid >= CAST(? AS INTEGER) OR +rowid IN (SELECT value FROM json_each(?)))${filters.onFts}`,
  ).all(expr, Math.min(fromRowid, ...alsoIds), fromRowid, JSON.stringify(alsoIds)) as Candidate[];
}

/** Which rows the walk of `scoreWalking` scores; set for the length of one walk. */
let scoring: ((id: number) => boolean) | null = null;
const withScoringFunction = new WeakSet<Database>();

/**
 * Counting, the newest `window` matches and the older ones among `alsoIds`, scored in one walk of
 * the matches, newest first: for a phrase, walking the matches (positions compared in every article
 * holding its words) and bm25's count of the phrase's documents each cost as much as the other, so
 * the phrase is walked once rather than once to count and once more to score. bm25 is asked only
 * for the rows wanted; the walk stops once `countTo` matches are counted and it is older than all
 * of `alsoIds`.
 */
export function scoreWalking(
  db: Database,
  expr: string,
  filters: FilterSql,
  window: number,
  countTo: number,
  alsoIds: number[],
): { scored: Candidate[]; total: number } {
  if (!withScoringFunction.has(db)) {
    db.function('parallax_scored', { deterministic: false }, (id) => (scoring?.(Number(id)) ? 1 : 0));
    withScoringFunction.add(db);
  }
  const also = new Set(alsoIds);
  const oldest = alsoIds.length ? Math.min(...alsoIds) : Infinity;
  let total = 0;
  scoring = (id) => total < window || also.has(id);
  const scored: Candidate[] = [];
  try {
    const rows = statement(
      db,
      `SELECT rowid AS id, CASE WHEN parallax_scored(rowid) THEN ${BM25} END AS bm25 FROM articles_fts
       WHERE articles_fts MATCH ?${filters.onFts} ORDER BY rowid DESC`,
    ).iterate(expr) as IterableIterator<{ id: number; bm25: number | null }>;
    for (const row of rows) {
      if (row.bm25 !== null) scored.push({ id: row.id, bm25: row.bm25 });
      total++;
      if (total >= countTo && row.id <= oldest) break;
    }
  } finally {
    scoring = null;
  }
  return { scored, total };
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

/** The best `k` titles matching an expression on the title column (suggestions as you type). */
export function titleSuggestionRows(db: Database, expr: string, k: number): { id: number; title: string; bm25: number }[] {
  return statement(
    db,
    'SELECT rowid AS id, title, bm25(articles_title_fts, 1.0, 0.0) AS bm25 FROM articles_title_fts WHERE articles_title_fts MATCH ? ORDER BY bm25 LIMIT ?',
  ).all(expr, k) as { id: number; title: string; bm25: number }[];
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
  if (manyMatches) return newestAmongDense(db, expr, filters, k);
  return statement(
    db,
    `SELECT a.id, 0 AS bm25 FROM articles a INDEXED BY articles_by_published_at WHERE a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)${filters.onArticles} ${order}`,
  ).all(expr, ...filters.params, k) as Candidate[];
}

/** Articles read from the date index per membership test of a dense query. */
const DATE_BATCH = 256;

/**
 * For a query matching a good share of the library: the date index is read in batches and each
 * batch is tested against the match in one FTS5 statement (a seek per article, as an EXISTS
 * per row did, costs more than walking the matches once per batch).
 */
function newestAmongDense(db: Database, expr: string, filters: FilterSql, k: number): Candidate[] {
  const batchOf = statement(
    db,
    `SELECT a.id FROM articles a INDEXED BY articles_by_published_at WHERE 1${filters.onArticles} ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?`,
  ).pluck();
  const matching = statement(
    db,
    `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= CAST(? AS INTEGER) AND rowid <= CAST(? AS INTEGER)
     AND +rowid IN (SELECT value FROM json_each(?))`,
  ).pluck();
  const out: Candidate[] = [];
  for (let offset = 0, size = DATE_BATCH; out.length < k; offset += size, size *= 2) {
    const ids = batchOf.all(...filters.params, size, offset) as number[];
    if (!ids.length) break;
    const found = new Set(matching.all(expr, Math.min(...ids), Math.max(...ids), JSON.stringify(ids)) as number[]);
    for (const id of ids) if (found.has(id) && out.length < k) out.push({ id, bm25: 0 });
  }
  return out;
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
