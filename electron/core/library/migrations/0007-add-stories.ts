// Stories: per-article document features (terms, entities, dates, a MinHash signature) computed
// lazily, library-wide feature counts for IDF, MinHash band keys for finding copies, and stories
// with their articles. Everything goes with its article when the article is deleted.
import type { Migration } from './types';

export const addStories: Migration = {
  version: 7,
  name: 'add-stories',
  up(db) {
    db.exec(`
      CREATE TABLE story_vectors (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        article_updated_at TEXT NOT NULL,
        features_json TEXT NOT NULL,
        event_day INTEGER,
        minhash BLOB NOT NULL,
        reprint_of INTEGER REFERENCES articles(id) ON DELETE SET NULL
      );
      CREATE INDEX story_vectors_by_event_day ON story_vectors(event_day);
      CREATE INDEX story_vectors_by_reprint_of ON story_vectors(reprint_of);
      CREATE TABLE story_feature_counts (
        feature TEXT PRIMARY KEY,
        articles INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE story_minhash_bands (
        band_key TEXT NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX story_minhash_bands_by_article ON story_minhash_bands(article_id);
      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        pinned INTEGER NOT NULL DEFAULT 0,
        summary_json TEXT,
        first_day INTEGER,
        last_day INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX stories_by_days ON stories(last_day, first_day);
      CREATE TABLE story_articles (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        manual INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX story_articles_by_story ON story_articles(story_id);
      -- A deleted article leaves its story to be summarised again (or dropped when empty).
      CREATE TRIGGER story_articles_dirty AFTER DELETE ON story_articles BEGIN
        UPDATE stories SET summary_json = NULL WHERE id = old.story_id;
      END;
    `);
  },
};
