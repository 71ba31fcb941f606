// Highlights (W3C TextQuote + TextPosition selectors on the canonical text), notes (one per
// highlight, one per article) and highlight tags. All go with their article when it is deleted.
import type { Migration } from './types';

export const addAnnotations: Migration = {
  version: 3,
  name: 'add-annotations',
  up(db) {
    db.exec(`
      CREATE TABLE highlights (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        color TEXT NOT NULL CHECK (color IN ('yellow', 'green', 'blue', 'pink', 'purple')),
        quote_exact TEXT NOT NULL,
        quote_prefix TEXT NOT NULL DEFAULT '',
        quote_suffix TEXT NOT NULL DEFAULT '',
        position_start INTEGER NOT NULL CHECK (position_start >= 0),
        position_end INTEGER NOT NULL CHECK (position_end > position_start),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX highlights_by_article ON highlights(article_id, position_start);

      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        highlight_id INTEGER REFERENCES highlights(id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX notes_one_per_highlight ON notes(highlight_id) WHERE highlight_id IS NOT NULL;
      CREATE UNIQUE INDEX notes_one_per_article ON notes(article_id) WHERE highlight_id IS NULL;

      CREATE TABLE annotation_tags (
        highlight_id INTEGER NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (highlight_id, tag)
      ) WITHOUT ROWID;
      CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag);
    `);
  },
};
