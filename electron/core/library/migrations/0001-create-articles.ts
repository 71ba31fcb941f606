// Articles with their cleaned structure, metadata and the original bytes (kept for re-cleaning).
import type { Migration } from './types';

export const createArticles: Migration = {
  version: 1,
  name: 'create-articles',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        title TEXT,
        subtitle TEXT,
        authors_json TEXT NOT NULL DEFAULT '[]',
        authors_text TEXT NOT NULL DEFAULT '',
        outlet TEXT,
        published_at TEXT,
        url TEXT,
        language TEXT,
        blocks_json TEXT NOT NULL,
        body TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        source_name TEXT NOT NULL,
        source_format TEXT NOT NULL,
        edited_fields_json TEXT NOT NULL DEFAULT '[]',
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE article_originals (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        bytes BLOB NOT NULL,
        byte_hash TEXT NOT NULL
      );
      CREATE INDEX article_originals_by_hash ON article_originals(byte_hash);
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
