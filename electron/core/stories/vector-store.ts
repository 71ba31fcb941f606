// SQL for stored document features: which articles need (re)computing, saving features with the
// library-wide feature counts and MinHash band keys kept in step, loading them back, reprint links.
import type { Database } from 'better-sqlite3';
import { featureKeys, type DocumentFeatures } from './document-vector';
import { bandKeys, signatureFromBytes, signatureToBytes } from './minhash';
import { statement } from '../library/statements';
import type { LibraryCounts } from './weighted-document';

export interface PendingArticle {
  id: number;
  title: string | null;
  body: string;
  publishedAt: string | null;
  updatedAt: string;
  /** True when a vector existed for an earlier version of the article. */
  changed: boolean;
}

export function articlesNeedingVectors(db: Database, limit = -1): PendingArticle[] {
  const rows = statement(
      db,
      `SELECT a.id, a.title, a.body, a.published_at AS publishedAt, a.updated_at AS updatedAt,
              v.article_id IS NOT NULL AS changed
       FROM articles a LEFT JOIN story_vectors v ON v.article_id = a.id
       WHERE v.article_id IS NULL OR v.article_updated_at <> a.updated_at
       ORDER BY a.id LIMIT ?`,
    )
    .all(limit) as (Omit<PendingArticle, 'changed'> & { changed: number })[];
  return rows.map((r) => ({ ...r, changed: !!r.changed }));
}

/**
 * Feature count changes gathered over a batch and written once (`flushCounts`): a 10,000-article
 * grouping touches a few thousand distinct features two million times.
 */
export type CountDeltas = Map<string, number>;

export function saveVector(db: Database, p: PendingArticle, features: DocumentFeatures, signature: Uint32Array, deltas: CountDeltas): void {
  const old = statement(db, 'SELECT features_json FROM story_vectors WHERE article_id = ?').pluck().get(p.id) as string | undefined;
  const bump = (keys: readonly string[], by: number) => {
    for (const k of keys) deltas.set(k, (deltas.get(k) ?? 0) + by);
  };
  if (old) bump(featureKeys(JSON.parse(old) as DocumentFeatures), -1);
  bump(featureKeys(features), 1);
  statement(
    db,
    `INSERT INTO story_vectors (article_id, article_updated_at, features_json, event_day, minhash, reprint_of)
     VALUES (?, ?, ?, ?, ?, NULL)
     ON CONFLICT(article_id) DO UPDATE SET article_updated_at = excluded.article_updated_at,
       features_json = excluded.features_json, event_day = excluded.event_day, minhash = excluded.minhash, reprint_of = NULL`,
  ).run(p.id, p.updatedAt, JSON.stringify(features), features.eventDay, signatureToBytes(signature));
  statement(db, 'DELETE FROM story_minhash_bands WHERE article_id = ?').run(p.id);
  const insertBand = statement(db, 'INSERT OR IGNORE INTO story_minhash_bands (band_key, article_id) VALUES (?, ?)');
  for (const key of bandKeys(signature)) insertBand.run(key, p.id);
}

export function flushCounts(db: Database, deltas: CountDeltas): void {
  const bump = statement(
    db,
    `INSERT INTO story_feature_counts (feature, articles) VALUES (?, max(0, ?))
     ON CONFLICT(feature) DO UPDATE SET articles = max(0, articles + ?)`,
  );
  for (const [k, by] of deltas) if (by !== 0) bump.run(k, by, by);
  deltas.clear();
}

/** Feature counts for IDF, read once per use. Counts of deleted articles linger until recomputed; IDF barely moves. */
export function loadLibraryCounts(db: Database): LibraryCounts {
  const counts = new Map<string, number>();
  for (const row of db.prepare('SELECT feature, articles FROM story_feature_counts WHERE articles > 0').raw().iterate() as Iterable<[string, number]>) {
    counts.set(row[0], row[1]);
  }
  const articles = db.prepare('SELECT count(*) FROM story_vectors').pluck().get() as number;
  return { articles, count: (k) => counts.get(k) ?? 0 };
}

export interface StoredVector {
  id: number;
  features: DocumentFeatures;
  reprintOf: number | null;
}

export function loadVectors(db: Database, ids?: readonly number[]): StoredVector[] {
  const toVector = (r: { id: number; json: string; reprintOf: number | null }): StoredVector => ({ id: r.id, features: JSON.parse(r.json) as DocumentFeatures, reprintOf: r.reprintOf });
  const sql = 'SELECT article_id AS id, features_json AS json, reprint_of AS reprintOf FROM story_vectors';
  if (!ids) return (statement(db, `${sql} ORDER BY article_id`).all() as { id: number; json: string; reprintOf: number | null }[]).map(toVector);
  const one = statement(db, `${sql} WHERE article_id = ?`);
  return ids.map((id) => one.get(id) as { id: number; json: string; reprintOf: number | null } | undefined).filter((r) => r !== undefined).map(toVector);
}

const COMMON_BAND = 40;

/** Articles sharing a MinHash band with the signature: the only ones that can be copies. */
export function copyCandidates(db: Database, id: number, signature: Uint32Array): { id: number; signature: Uint32Array; eventDay: number | null; reprintOf: number | null }[] {
  const keys = bandKeys(signature);
  const ids = new Set<number>();
  const byKey = statement(db, 'SELECT article_id FROM story_minhash_bands WHERE band_key = ? AND article_id <> ? LIMIT ?').pluck();
  for (const k of keys) {
    const found = byKey.all(k, id, COMMON_BAND + 1) as number[];
    // A band shared by this many articles is boilerplate (a standard paragraph), not a copy.
    if (found.length <= COMMON_BAND) for (const other of found) ids.add(other);
  }
  const row = statement(db, 'SELECT minhash, event_day AS eventDay, reprint_of AS reprintOf FROM story_vectors WHERE article_id = ?');
  return [...ids].sort((a, b) => a - b).map((other) => {
    const r = row.get(other) as { minhash: Buffer; eventDay: number | null; reprintOf: number | null };
    return { id: other, signature: signatureFromBytes(r.minhash), eventDay: r.eventDay, reprintOf: r.reprintOf };
  });
}

/** Makes `root` and every copy of it copies of `original`. */
export function repointCopies(db: Database, root: number, original: number): void {
  statement(db, 'UPDATE story_vectors SET reprint_of = ? WHERE article_id = ? OR reprint_of = ?').run(original, root, root);
}

export function eventDayOf(db: Database, id: number): number | null {
  return (statement(db, 'SELECT event_day FROM story_vectors WHERE article_id = ?').pluck().get(id) as number | null | undefined) ?? null;
}
