// Tags given to a whole article (highlight tags live in `annotation_tags`). They go with their
// article when it is deleted.
import type { Migration } from './types';

export const addArticleTags: Migration = {
  version: 6,
  name: 'add-article-tags',
  up(db) {
    db.exec(`
      CREATE TABLE article_tags (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (article_id, tag)
      ) WITHOUT ROWID;
      CREATE INDEX article_tags_by_tag ON article_tags(tag);
    `);
  },
};
