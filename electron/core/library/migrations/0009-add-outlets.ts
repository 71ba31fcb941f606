// Outlets: the facts about each source (what its articles show, then what the person sets), the
// names and web domains that identify it, label schemes the person defines and each outlet's
// value in them, and which outlet each article comes from. Existing articles are linked here.
import { syncArticleOutlets } from '../../outlets/article-outlets';
import type { Migration } from './types';

export const addOutlets: Migration = {
  version: 9,
  name: 'add-outlets',
  up(db) {
    db.exec(`
      CREATE TABLE outlets (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        country TEXT,
        language TEXT,
        ownership TEXT,
        edited_fields_json TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- Every name an outlet was known by on an article (renaming keeps the old one here).
      CREATE TABLE outlet_aliases (
        alias TEXT PRIMARY KEY COLLATE NOCASE,
        outlet_id INTEGER NOT NULL REFERENCES outlets(id) ON DELETE CASCADE
      );
      CREATE INDEX outlet_aliases_by_outlet ON outlet_aliases(outlet_id);
      CREATE TABLE outlet_domains (
        domain TEXT PRIMARY KEY,
        outlet_id INTEGER NOT NULL REFERENCES outlets(id) ON DELETE CASCADE
      );
      CREATE INDEX outlet_domains_by_outlet ON outlet_domains(outlet_id);
      CREATE TABLE label_schemes (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        kind TEXT NOT NULL CHECK (kind IN ('category', 'score')),
        values_json TEXT NOT NULL DEFAULT '[]',
        rater TEXT,
        min REAL,
        max REAL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE outlet_labels (
        outlet_id INTEGER NOT NULL REFERENCES outlets(id) ON DELETE CASCADE,
        scheme_id INTEGER NOT NULL REFERENCES label_schemes(id) ON DELETE CASCADE,
        value_text TEXT,
        value_number REAL,
        PRIMARY KEY (outlet_id, scheme_id),
        CHECK ((value_text IS NULL) <> (value_number IS NULL))
      ) WITHOUT ROWID;
      CREATE INDEX outlet_labels_by_scheme ON outlet_labels(scheme_id);
      -- outlet_id NULL: the article shows no outlet; article_updated_at tells when to look again.
      CREATE TABLE article_outlets (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        outlet_id INTEGER REFERENCES outlets(id) ON DELETE SET NULL,
        article_updated_at TEXT NOT NULL
      );
      CREATE INDEX article_outlets_by_outlet ON article_outlets(outlet_id);
    `);
    syncArticleOutlets(db);
  },
};
