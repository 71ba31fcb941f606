// SQL for articles: insert, read, list, edit metadata, delete. Values are always bound parameters.
import type { Database } from 'better-sqlite3';
import { statement } from './statements';
import type { Article, ArticleSummary, Block, MetadataPatch, SourceFormat } from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';

interface ArticleRow {
  id: number;
  title: string | null;
  subtitle: string | null;
  authors_json: string;
  outlet: string | null;
  published_at: string | null;
  url: string | null;
  language: string | null;
  blocks_json: string;
  word_count: number;
  source_name: string;
  source_format: string;
  edited_fields_json: string;
  imported_at: string;
}

const SUMMARY_COLUMNS = `id, title, authors_json, outlet, published_at, url, language, word_count,
  source_name, source_format, imported_at`;

export interface NewArticle {
  title: string | null;
  subtitle: string | null;
  authors: string[];
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  language: string | null;
  blocks: Block[];
  body: string;
  wordCount: number;
  contentHash: string;
  sourceName: string;
  sourceFormat: SourceFormat;
  original: Uint8Array;
  originalHash: string;
}

export function insertArticle(db: Database, a: NewArticle): number {
  const now = new Date().toISOString();
  const info = statement(
      db,
      `INSERT INTO articles (title, subtitle, authors_json, authors_text, outlet, published_at, url, language,
        blocks_json, body, word_count, content_hash, source_name, source_format, imported_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      a.title, a.subtitle, JSON.stringify(a.authors), a.authors.join(', '), a.outlet, a.publishedAt, a.url,
      a.language, JSON.stringify(a.blocks), a.body, a.wordCount, a.contentHash, a.sourceName, a.sourceFormat,
      now, now,
    );
  const id = Number(info.lastInsertRowid);
  statement(db, 'INSERT INTO article_originals (article_id, bytes, byte_hash) VALUES (?, ?, ?)').run(
    id, Buffer.from(a.original), a.originalHash,
  );
  return id;
}

export function findArticleIdByContentHash(db: Database, hash: string): number | null {
  const row = statement(db, 'SELECT id FROM articles WHERE content_hash = ?').get(hash) as { id: number } | undefined;
  return row ? row.id : null;
}

export function findArticleIdByOriginalHash(db: Database, hash: string): number | null {
  const row = statement(db, 'SELECT article_id AS id FROM article_originals WHERE byte_hash = ?').get(hash) as
    | { id: number }
    | undefined;
  return row ? row.id : null;
}

export function listArticleSummaries(db: Database): ArticleSummary[] {
  const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles ORDER BY imported_at, id`).all() as ArticleRow[];
  return rows.map(toSummary);
}

export function getArticle(db: Database, id: number): Article {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS}, subtitle, blocks_json, edited_fields_json FROM articles WHERE id = ?`).get(id) as
    | ArticleRow
    | undefined;
  if (!row) throw new ParallaxError('NOT_FOUND', `There is no article ${id} in this library.`);
  return {
    ...toSummary(row),
    subtitle: row.subtitle,
    blocks: JSON.parse(row.blocks_json) as Block[],
    editedFields: JSON.parse(row.edited_fields_json) as string[],
  };
}

export function countArticles(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
}

const PATCH_COLUMNS: Record<keyof MetadataPatch, string> = {
  title: 'title',
  authors: 'authors_json',
  outlet: 'outlet',
  publishedAt: 'published_at',
  url: 'url',
};

export function updateArticleMetadata(db: Database, id: number, patch: MetadataPatch): Article {
  const current = getArticle(db, id);
  const edited = new Set(current.editedFields);
  db.transaction(() => {
    for (const [field, column] of Object.entries(PATCH_COLUMNS) as [keyof MetadataPatch, string][]) {
      if (!(field in patch)) continue;
      edited.add(field);
      if (field === 'authors') {
        const authors = patch.authors ?? [];
        db.prepare('UPDATE articles SET authors_json = ?, authors_text = ? WHERE id = ?').run(
          JSON.stringify(authors), authors.join(', '), id,
        );
      } else {
        // Column names come from the fixed table above, never from input.
        db.prepare(`UPDATE articles SET ${column} = ? WHERE id = ?`).run(patch[field] ?? null, id);
      }
    }
    db.prepare('UPDATE articles SET edited_fields_json = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify([...edited].sort()), new Date().toISOString(), id,
    );
  })();
  return getArticle(db, id);
}

export function deleteArticle(db: Database, id: number): void {
  const info = db.prepare('DELETE FROM articles WHERE id = ?').run(id);
  if (info.changes === 0) throw new ParallaxError('NOT_FOUND', `There is no article ${id} in this library.`);
}

function toSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    authors: JSON.parse(row.authors_json) as string[],
    outlet: row.outlet,
    publishedAt: row.published_at,
    url: row.url,
    language: row.language,
    wordCount: row.word_count,
    sourceName: row.source_name,
    sourceFormat: row.source_format as SourceFormat,
    importedAt: row.imported_at,
  };
}
