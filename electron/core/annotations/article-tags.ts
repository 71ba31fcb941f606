// SQL for the tags given to a whole article (the `article_tags` table of migration 0006).
import type { Database } from 'better-sqlite3';
import { mergeTags } from '../../../shared/hashtags';

/** "#Energy " and "Energy" are the same tag; duplicates by case are dropped. */
export function normaliseTags(tags: readonly string[]): string[] {
  return mergeTags(tags.map((t) => t.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim()).filter(Boolean));
}

export function getArticleTags(db: Database, articleId: number): string[] {
  return db.prepare('SELECT tag FROM article_tags WHERE article_id = ? ORDER BY tag').pluck().all(articleId) as string[];
}

export function setArticleTags(db: Database, articleId: number, tags: readonly string[]): string[] {
  db.prepare('DELETE FROM article_tags WHERE article_id = ?').run(articleId);
  const insert = db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag) VALUES (?, ?)');
  for (const tag of normaliseTags(tags)) insert.run(articleId, tag);
  return getArticleTags(db, articleId);
}

/** Every article's tags, for the overview. */
export function allArticleTags(db: Database): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const rows = db.prepare('SELECT article_id, tag FROM article_tags ORDER BY tag').all() as { article_id: number; tag: string }[];
  for (const r of rows) out.set(r.article_id, [...(out.get(r.article_id) ?? []), r.tag]);
  return out;
}
