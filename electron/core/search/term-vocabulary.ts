// Words as the index sees them (case- and diacritic-folded), and how many articles a query term
// matches in the full-text index.
import type { Database } from 'better-sqlite3';

/** Folds a word the way the index does: lower case, diacritics removed ("Mîndruțescu" → "mindrutescu"). */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** How many articles match an FTS5 expression, counting no further than `cap`. */
export function countMatches(db: Database, expr: string, cap: number): number {
  return (
    db
      .prepare('SELECT count(*) AS n FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)')
      .get(expr, cap) as { n: number }
  ).n;
}
