// SQL for reading progress: record how far an article has been read, set its status by hand,
// and read it back for one article or the whole list. Values are always bound parameters.
import type { Database } from 'better-sqlite3';
import type { ArticleSummary } from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';
import { DONE_AT, type ReadingProgress, type ReadingStatus } from '../../../shared/reading';

interface ProgressRow {
  article_id: number;
  status: ReadingStatus;
  progress: number;
  position: number;
  status_set_by_hand: number;
  updated_at: string;
}

const toProgress = (row: ProgressRow): ReadingProgress => ({
  articleId: row.article_id,
  status: row.status,
  progress: row.progress,
  position: row.position,
  updatedAt: row.updated_at,
});

function readRow(db: Database, articleId: number): ProgressRow | undefined {
  return db.prepare('SELECT * FROM reading_progress WHERE article_id = ?').get(articleId) as ProgressRow | undefined;
}

function requireArticle(db: Database, articleId: number): void {
  if (!db.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId)) {
    throw new ParallaxError('NOT_FOUND', `There is no article ${articleId} in this library.`);
  }
}

/**
 * The status after the reader reached `fraction` (furthest so far: `progress`). Done from
 * DONE_AT on, reading once started. A status set by hand holds: "done" until set otherwise,
 * "reading" until the reader actually reaches the end again; "unread" gives way to reading.
 */
export function statusAfterReading(
  previous: ReadingStatus | null,
  byHand: boolean,
  progress: number,
  fraction: number,
): ReadingStatus {
  if (byHand && previous === 'done') return 'done';
  if (byHand && previous === 'reading') return fraction >= DONE_AT ? 'done' : 'reading';
  if (progress >= DONE_AT) return 'done';
  return progress > 0 ? 'reading' : (previous ?? 'unread');
}

/** Records the reader at `fraction` of the article: the position, and the furthest point. */
export function recordReadingPosition(db: Database, articleId: number, fraction: number): ReadingProgress {
  return db.transaction(() => {
    requireArticle(db, articleId);
    const row = readRow(db, articleId);
    const progress = Math.max(row?.progress ?? 0, fraction);
    const byHand = Boolean(row?.status_set_by_hand);
    const status = statusAfterReading(row?.status ?? null, byHand, progress, fraction);
    // A hand-set status is settled once reading overrides it.
    const keepByHand = byHand && status === row?.status;
    db.prepare(
      `INSERT INTO reading_progress (article_id, status, progress, position, status_set_by_hand, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(article_id) DO UPDATE SET status = excluded.status, progress = excluded.progress,
         position = excluded.position, status_set_by_hand = excluded.status_set_by_hand, updated_at = excluded.updated_at`,
    ).run(articleId, status, progress, fraction, keepByHand ? 1 : 0, new Date().toISOString());
    return toProgress(readRow(db, articleId)!);
  })();
}

/** Sets the status by hand. "Unread" also forgets how far the article was read. */
export function setReadingStatus(db: Database, articleId: number, status: ReadingStatus): ReadingProgress {
  return db.transaction(() => {
    requireArticle(db, articleId);
    const row = readRow(db, articleId);
    const progress = status === 'unread' ? 0 : (row?.progress ?? 0);
    const position = status === 'unread' ? 0 : (row?.position ?? 0);
    db.prepare(
      `INSERT INTO reading_progress (article_id, status, progress, position, status_set_by_hand, updated_at)
       VALUES (?, ?, ?, ?, 1, ?)
       ON CONFLICT(article_id) DO UPDATE SET status = excluded.status, progress = excluded.progress,
         position = excluded.position, status_set_by_hand = 1, updated_at = excluded.updated_at`,
    ).run(articleId, status, progress, position, new Date().toISOString());
    return toProgress(readRow(db, articleId)!);
  })();
}

export function readingProgressOf(db: Database, articleId: number): ReadingProgress | null {
  const row = readRow(db, articleId);
  return row ? toProgress(row) : null;
}

/** Summaries (or articles) with their reading fields; articles never opened are left as they are. */
export function withReadingProgress<T extends ArticleSummary>(db: Database, articles: T[]): T[] {
  const rows = db.prepare('SELECT * FROM reading_progress').all() as ProgressRow[];
  if (rows.length === 0) return articles;
  const byId = new Map(rows.map((r) => [r.article_id, r]));
  return articles.map((a) => {
    const r = byId.get(a.id);
    return r ? { ...a, readingStatus: r.status, readingProgress: r.progress, readingPosition: r.position } : a;
  });
}

/** One article with its reading fields. */
export function articleWithReadingProgress<T extends ArticleSummary>(db: Database, article: T): T {
  const r = readRow(db, article.id);
  return r ? { ...article, readingStatus: r.status, readingProgress: r.progress, readingPosition: r.position } : article;
}
