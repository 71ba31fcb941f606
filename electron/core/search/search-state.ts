// SQL for search's own bookkeeping: serialised in-memory indexes (search_state), the log of
// changed articles they catch up from (search_changes, filled by triggers), and the rows the
// in-memory indexes are built from.
import type { Database } from 'better-sqlite3';

export function readState(db: Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM search_state WHERE key = ?').get(key) as { value: Buffer | string } | undefined;
  return row ? row.value.toString() : null;
}

export function writeState(db: Database, key: string, value: string): void {
  db.prepare(
    'INSERT INTO search_state (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  ).run(key, value, new Date().toISOString());
}

/** The sequence number of the latest change (0 when none). */
export function latestChange(db: Database): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) FROM search_changes').pluck().get() as number) ?? 0;
}

/** Articles changed (inserted, edited, deleted) after `seq`, each once. */
export function changedSince(db: Database, seq: number): number[] {
  return db.prepare('SELECT DISTINCT article_id FROM search_changes WHERE seq > ?').pluck().all(seq) as number[];
}

/** Forgets changes every saved index has caught up with (each saves its position as "<name>:seq"). */
export function pruneChanges(db: Database): void {
  db.prepare(
    "DELETE FROM search_changes WHERE seq <= (SELECT min(CAST(value AS INTEGER)) FROM search_state WHERE key GLOB '*:seq')",
  ).run();
}

/** Every byline name and outlet as written, with how many articles carry it. */
export function nameCounts(db: Database): { kind: 'person' | 'outlet'; name: string; n: number }[] {
  return db
    .prepare(
      `SELECT 'person' AS kind, j.value AS name, count(DISTINCT a.id) AS n FROM articles a, json_each(a.authors_json) j
         WHERE j.type = 'text' AND j.value <> '' GROUP BY j.value
       UNION ALL
       SELECT 'outlet', outlet, count(*) FROM articles WHERE outlet IS NOT NULL AND outlet <> '' GROUP BY outlet`,
    )
    .all() as { kind: 'person' | 'outlet'; name: string; n: number }[];
}

/** The searchable text of articles (title, byline, outlet, body), for the vocabulary. */
export function articleTexts(db: Database, ids: number[]): string[] {
  return db
    .prepare(
      `SELECT coalesce(title, '') || ' ' || authors_text || ' ' || coalesce(outlet, '') || ' ' || body
       FROM articles WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
    .all(JSON.stringify(ids)) as string[];
}

export function allIndexedTerms(db: Database): [string, number][] {
  return db.prepare('SELECT term, doc FROM search_terms_vocab').raw().all() as [string, number][];
}
