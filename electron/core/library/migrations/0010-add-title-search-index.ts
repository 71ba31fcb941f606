// A small full-text index of titles and bylines only, beside the full one: search finds the
// title and byline matches of a query anywhere in a large library without walking the body
// index's long document lists. Same tokenizer as articles_fts; kept in step by triggers, and
// built in place for an existing library.
import type { Migration } from './types';

export const addTitleSearchIndex: Migration = {
  version: 10,
  name: 'add-title-search-index',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE articles_title_fts USING fts5(
        title, authors_text,
        content='articles', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_title_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_title_fts(rowid, title, authors_text) VALUES (new.id, new.title, new.authors_text);
      END;
      CREATE TRIGGER articles_title_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_title_fts(articles_title_fts, rowid, title, authors_text)
        VALUES ('delete', old.id, old.title, old.authors_text);
      END;
      CREATE TRIGGER articles_title_fts_update AFTER UPDATE OF title, authors_text ON articles BEGIN
        INSERT INTO articles_title_fts(articles_title_fts, rowid, title, authors_text)
        VALUES ('delete', old.id, old.title, old.authors_text);
        INSERT INTO articles_title_fts(rowid, title, authors_text) VALUES (new.id, new.title, new.authors_text);
      END;
      INSERT INTO articles_title_fts(articles_title_fts) VALUES ('rebuild');
    `);
  },
};
