// Search support: an unstemmed, diacritic-folded term index (its vocabulary drives spelling
// correction and prefix expansion), saved searches, a key/value store for serialised in-memory
// indexes, a log of changed articles those indexes catch up from, and a date index for sorting.
// Triggers keep all of it in step with `articles`.
import type { Migration } from './types';

const TERMS_TEXT = (row: 'new' | 'old') =>
  `coalesce(${row}.title, '') || ' ' || ${row}.authors_text || ' ' || coalesce(${row}.outlet, '') || ' ' || ${row}.body`;

export const addSearchVocabularyAndSavedSearches: Migration = {
  version: 4,
  name: 'add-search-vocabulary-and-saved-searches',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE search_terms USING fts5(
        text, content='', contentless_delete=1, detail=none,
        tokenize='unicode61 remove_diacritics 2'
      );
      CREATE VIRTUAL TABLE search_terms_vocab USING fts5vocab(search_terms, 'row');
      CREATE TRIGGER search_terms_insert AFTER INSERT ON articles BEGIN
        INSERT INTO search_terms(rowid, text) VALUES (new.id, ${TERMS_TEXT('new')});
        INSERT INTO search_changes(article_id) VALUES (new.id);
      END;
      CREATE TRIGGER search_terms_delete AFTER DELETE ON articles BEGIN
        DELETE FROM search_terms WHERE rowid = old.id;
        INSERT INTO search_changes(article_id) VALUES (old.id);
      END;
      CREATE TRIGGER search_terms_update AFTER UPDATE OF title, authors_text, outlet, body ON articles BEGIN
        DELETE FROM search_terms WHERE rowid = old.id;
        INSERT INTO search_terms(rowid, text) VALUES (new.id, ${TERMS_TEXT('new')});
      END;
      CREATE TRIGGER search_changes_update AFTER UPDATE OF title, authors_json, outlet, published_at, body ON articles BEGIN
        INSERT INTO search_changes(article_id) VALUES (new.id);
      END;
      CREATE TABLE search_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id INTEGER NOT NULL
      );
      CREATE INDEX articles_by_published_at ON articles(published_at, language);
      CREATE TABLE search_state (
        key TEXT PRIMARY KEY,
        value BLOB NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        query TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      INSERT INTO search_terms(rowid, text) SELECT id, ${TERMS_TEXT('new').replace(/new\./g, '')} FROM articles;
    `);
  },
};
