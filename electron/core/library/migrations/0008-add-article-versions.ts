// Article versions: when a changed copy of an article is imported again (a silent edit), the
// article shows the new text and each earlier text is kept here, numbered from 1, with what it
// was imported from. Versions go with their article when the article is deleted.
import type { Migration } from './types';

export const addArticleVersions: Migration = {
  version: 8,
  name: 'add-article-versions',
  up(db) {
    db.exec(`
      CREATE TABLE article_versions (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        title TEXT,
        subtitle TEXT,
        authors_json TEXT NOT NULL DEFAULT '[]',
        outlet TEXT,
        published_at TEXT,
        url TEXT,
        blocks_json TEXT NOT NULL,
        body TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        source_name TEXT NOT NULL,
        source_format TEXT NOT NULL,
        original_hash TEXT,
        imported_at TEXT NOT NULL,
        superseded_at TEXT NOT NULL,
        UNIQUE (article_id, version)
      );
      CREATE INDEX article_versions_by_content_hash ON article_versions(content_hash);
      CREATE INDEX article_versions_by_original_hash ON article_versions(original_hash);
      -- A changed version is found by its canonical URL, or by its outlet and title.
      CREATE INDEX articles_by_url ON articles(url) WHERE url IS NOT NULL;
      CREATE INDEX articles_by_title ON articles(title COLLATE NOCASE) WHERE title IS NOT NULL;
    `);
  },
};
