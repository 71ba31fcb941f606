// The one search entry point: ranks articles with FTS5's BM25 (title and byline boosted) and
// returns a snippet of the best passage with the matched words marked.
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchResult } from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';
import { MATCH_END, MATCH_START } from '../../../shared/text';
import { parseQuery, toFtsExpression } from './parse-query';

interface HitRow {
  id: number;
  title: string | null;
  outlet: string | null;
  authors_json: string;
  published_at: string | null;
  score: number;
  snippet: string;
  title_hl: string | null;
  authors_hl: string | null;
  outlet_hl: string | null;
}

// bm25 column weights: title, authors, outlet, body.
const WEIGHTS = '10.0, 5.0, 3.0, 1.0';

export function searchArticles(db: Database, query: string, limit = 50): SearchResult {
  const expr = toFtsExpression(parseQuery(query));
  if (!expr) return { query, total: 0, hits: [] };
  try {
    const total = (db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(expr) as { n: number }).n;
    const rows = db
      .prepare(
        `SELECT a.id, a.title, a.outlet, a.authors_json, a.published_at,
           bm25(articles_fts, ${WEIGHTS}) AS score,
           snippet(articles_fts, 3, ?, ?, '…', 28) AS snippet,
           highlight(articles_fts, 0, ?, ?) AS title_hl,
           highlight(articles_fts, 1, ?, ?) AS authors_hl,
           highlight(articles_fts, 2, ?, ?) AS outlet_hl
         FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
         WHERE articles_fts MATCH ?
         ORDER BY score, a.published_at DESC, a.id
         LIMIT ?`,
      )
      .all(MATCH_START, MATCH_END, MATCH_START, MATCH_END, MATCH_START, MATCH_END, MATCH_START, MATCH_END, expr, limit) as HitRow[];
    return { query, total, hits: rows.map(toHit) };
  } catch (err) {
    throw new ParallaxError('INVALID_INPUT', `Could not understand the search "${query}": ${(err as Error).message}`);
  }
}

function toHit(row: HitRow): SearchHit {
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
    score: Math.round(-row.score * 1000) / 1000,
    snippet: row.snippet,
    matchedIn,
  };
}
