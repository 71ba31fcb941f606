// SQL for article versions: the earlier texts of an article (numbered from 1), kept when a changed
// copy replaces the article's text, and the lookups that tell a re-import of an earlier text.
import type { Database } from 'better-sqlite3';
import type { Block } from '../../../shared/domain';

export interface StoredVersion {
  version: number;
  title: string | null;
  blocks: Block[];
  wordCount: number;
  sourceName: string;
  importedAt: string;
  supersededAt: string;
}

interface VersionRow {
  version: number;
  title: string | null;
  blocks_json: string;
  word_count: number;
  source_name: string;
  imported_at: string;
  superseded_at: string;
}

export function earlierVersions(db: Database, articleId: number): StoredVersion[] {
  const rows = db
    .prepare('SELECT version, title, blocks_json, word_count, source_name, imported_at, superseded_at FROM article_versions WHERE article_id = ? ORDER BY version')
    .all(articleId) as VersionRow[];
  return rows.map((r) => ({
    version: r.version,
    title: r.title,
    blocks: JSON.parse(r.blocks_json) as Block[],
    wordCount: r.word_count,
    sourceName: r.source_name,
    importedAt: r.imported_at,
    supersededAt: r.superseded_at,
  }));
}

/** Keeps the article's current text as version `count + 1` before a newer text replaces it. */
export function keepCurrentAsVersion(db: Database, articleId: number, supersededAt: string): number {
  const count = db.prepare('SELECT count(*) FROM article_versions WHERE article_id = ?').pluck().get(articleId) as number;
  const lastSuperseded = db.prepare('SELECT max(superseded_at) FROM article_versions WHERE article_id = ?').pluck().get(articleId) as string | null;
  db.prepare(
    `INSERT INTO article_versions (article_id, version, title, subtitle, authors_json, outlet, published_at, url, blocks_json, body,
       word_count, content_hash, source_name, source_format, original_hash, imported_at, superseded_at)
     SELECT a.id, ?, a.title, a.subtitle, a.authors_json, a.outlet, a.published_at, a.url, a.blocks_json, a.body,
       a.word_count, a.content_hash, a.source_name, a.source_format, o.byte_hash, coalesce(?, a.imported_at), ?
     FROM articles a LEFT JOIN article_originals o ON o.article_id = a.id WHERE a.id = ?`,
  ).run(count + 1, lastSuperseded, supersededAt, articleId);
  return count + 1;
}

/** When the current version came in: when the one before it was superseded, else the article's import. */
export function currentVersionImportedAt(db: Database, articleId: number): string | null {
  return db
    .prepare('SELECT coalesce((SELECT max(superseded_at) FROM article_versions WHERE article_id = a.id), a.imported_at) FROM articles a WHERE a.id = ?')
    .pluck()
    .get(articleId) as string | null;
}

/** The article an earlier version of which has these bytes or this text, if any. */
export function articleWithEarlierVersion(db: Database, originalHash: string, contentHash: string): number | null {
  const id = db
    .prepare('SELECT article_id FROM article_versions WHERE original_hash = ? OR content_hash = ? ORDER BY article_id LIMIT 1')
    .pluck()
    .get(originalHash, contentHash) as number | undefined;
  return id ?? null;
}
