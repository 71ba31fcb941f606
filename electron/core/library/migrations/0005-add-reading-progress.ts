// Reading progress: per article, the furthest point read and the last position (fractions of
// the text), and a status. Goes with its article when the article is deleted.
import type { Migration } from './types';

export const addReadingProgress: Migration = {
  version: 5,
  name: 'add-reading-progress',
  up(db) {
    db.exec(`
      CREATE TABLE reading_progress (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('unread', 'reading', 'done')),
        progress REAL NOT NULL CHECK (progress BETWEEN 0 AND 1),
        position REAL NOT NULL CHECK (position BETWEEN 0 AND 1),
        status_set_by_hand INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX reading_progress_by_status ON reading_progress(status);
    `);
  },
};
