// Full-text index over title, authors, outlet and body: FTS5 external-content table kept in step
// with `articles` by triggers, so an article and its index entry change in one transaction.
import type { Migration } from './types';

export const addFullTextSearch: Migration = {
  version: 2,
  name: 'add-full-text-search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, authors_text, outlet, body,
        content='articles', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, authors_text, outlet, body)
        VALUES (new.id, new.title, new.authors_text, new.outlet, new.body);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, authors_text, outlet, body)
        VALUES ('delete', old.id, old.title, old.authors_text, old.outlet, old.body);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, authors_text, outlet, body ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, authors_text, outlet, body)
        VALUES ('delete', old.id, old.title, old.authors_text, old.outlet, old.body);
        INSERT INTO articles_fts(rowid, title, authors_text, outlet, body)
        VALUES (new.id, new.title, new.authors_text, new.outlet, new.body);
      END;
      INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
    `);
  },
};
