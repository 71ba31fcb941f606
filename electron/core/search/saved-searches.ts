// SQL for saved searches. A saved search is only its query: it is evaluated when read, so new
// imports that match are counted (and found) without any bookkeeping.
import type { Database } from 'better-sqlite3';
import { ParallaxError } from '../../../shared/errors';

export interface SavedSearchRow {
  id: number;
  name: string;
  query: string;
  createdAt: string;
}

export function insertSavedSearch(db: Database, name: string, query: string): SavedSearchRow {
  const createdAt = new Date().toISOString();
  const info = db.prepare('INSERT INTO saved_searches (name, query, created_at) VALUES (?, ?, ?)').run(name, query, createdAt);
  return { id: Number(info.lastInsertRowid), name, query, createdAt };
}

export function listSavedSearchRows(db: Database): SavedSearchRow[] {
  return db
    .prepare('SELECT id, name, query, created_at AS createdAt FROM saved_searches ORDER BY name COLLATE NOCASE, id')
    .all() as SavedSearchRow[];
}

export function deleteSavedSearchRow(db: Database, id: number): void {
  const info = db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id);
  if (info.changes === 0) throw new ParallaxError('NOT_FOUND', `There is no saved search ${id}.`);
}
