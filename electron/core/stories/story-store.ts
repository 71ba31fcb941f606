// SQL for stories and their articles: memberships (manual ones kept by re-grouping), pins, the
// stored summary each story shows, and the stories whose span lies near given days.
import type { Database } from 'better-sqlite3';
import type { StorySummary } from '../../../shared/stories';
import { statement } from '../library/statements';

export interface Membership {
  articleId: number;
  storyId: number;
  manual: boolean;
}

export interface StoryRow {
  id: number;
  pinned: boolean;
  summary: Omit<StorySummary, 'id' | 'pinned'> | null;
}

export function createStory(db: Database, pinned = false): number {
  const now = new Date().toISOString();
  return Number(statement(db, 'INSERT INTO stories (pinned, created_at, updated_at) VALUES (?, ?, ?)').run(pinned ? 1 : 0, now, now).lastInsertRowid);
}

export function setMembership(db: Database, articleId: number, storyId: number, manual: boolean): void {
  const previous = statement(db, 'SELECT story_id FROM story_articles WHERE article_id = ?').pluck().get(articleId) as number | undefined;
  statement(db, 
    `INSERT INTO story_articles (article_id, story_id, manual) VALUES (?, ?, ?)
     ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, manual = excluded.manual`,
  ).run(articleId, storyId, manual ? 1 : 0);
  markDirty(db, storyId);
  if (previous !== undefined && previous !== storyId) markDirty(db, previous);
}

export function removeMembership(db: Database, articleId: number): void {
  statement(db, 'DELETE FROM story_articles WHERE article_id = ?').run(articleId);
}

export function membershipOf(db: Database, articleId: number): Membership | null {
  const r = statement(db, 'SELECT article_id AS articleId, story_id AS storyId, manual FROM story_articles WHERE article_id = ?').get(articleId) as
    | { articleId: number; storyId: number; manual: number }
    | undefined;
  return r ? { ...r, manual: !!r.manual } : null;
}

export function storyMembers(db: Database, storyId: number): Membership[] {
  const rows = statement(db, 'SELECT article_id AS articleId, story_id AS storyId, manual FROM story_articles WHERE story_id = ? ORDER BY article_id').all(storyId) as {
    articleId: number;
    storyId: number;
    manual: number;
  }[];
  return rows.map((r) => ({ ...r, manual: !!r.manual }));
}

/** Articles with features but no story yet. */
export function unplacedArticleIds(db: Database): number[] {
  return db
    .prepare('SELECT v.article_id FROM story_vectors v LEFT JOIN story_articles s ON s.article_id = v.article_id WHERE s.article_id IS NULL ORDER BY v.article_id')
    .pluck()
    .all() as number[];
}

/** Stories whose span comes within `reach` days of [from, to]. */
export function storiesNear(db: Database, from: number, to: number, reach: number): number[] {
  return db
    .prepare('SELECT id FROM stories WHERE first_day IS NOT NULL AND first_day <= ? AND last_day >= ? ORDER BY id')
    .pluck()
    .all(to + reach, from - reach) as number[];
}

/** Whether an article of the story names one of the entities (a JSON array of entity ids). */
export function storyMentionsAny(db: Database, storyId: number, entityIdsJson: string): boolean {
  return !!statement(
    db,
    `SELECT 1 FROM story_articles sa JOIN story_vectors v ON v.article_id = sa.article_id,
       json_each(v.features_json, '$.entities') e
     WHERE sa.story_id = ? AND e.key IN (SELECT value FROM json_each(?)) LIMIT 1`,
  ).get(storyId, entityIdsJson);
}

/** Pinned stories and stories holding a manually placed article: the fixed points of re-grouping. */
export function anchoredStoryIds(db: Database): number[] {
  return db
    .prepare('SELECT id FROM stories WHERE pinned = 1 UNION SELECT DISTINCT story_id FROM story_articles WHERE manual = 1 ORDER BY 1')
    .pluck()
    .all() as number[];
}

/** Forgets automatic placements outside pinned stories, so the articles can be grouped afresh. */
export function clearAutomaticPlacements(db: Database): void {
  statement(db, 'DELETE FROM story_articles WHERE manual = 0 AND story_id NOT IN (SELECT id FROM stories WHERE pinned = 1)').run();
  deleteEmptyStories(db);
}

export function deleteEmptyStories(db: Database): void {
  statement(db, 'DELETE FROM stories WHERE pinned = 0 AND id NOT IN (SELECT story_id FROM story_articles)').run();
}

export function markDirty(db: Database, storyId: number): void {
  statement(db, 'UPDATE stories SET summary_json = NULL WHERE id = ?').run(storyId);
}

export function dirtyStoryIds(db: Database): number[] {
  return statement(db, 'SELECT id FROM stories WHERE summary_json IS NULL ORDER BY id').pluck().all() as number[];
}

/**
 * Stored with every summary; summaries from before it (key terms as stems) are made afresh once
 * (`markOutdatedSummaries`). Never part of the summary the API returns.
 */
const SUMMARY_VERSION = 2;

export function saveSummary(db: Database, storyId: number, summary: Omit<StorySummary, 'id' | 'pinned'>, firstDay: number | null, lastDay: number | null): void {
  statement(db, 'UPDATE stories SET summary_json = ?, first_day = ?, last_day = ?, updated_at = ? WHERE id = ?').run(
    JSON.stringify({ ...summary, summaryVersion: SUMMARY_VERSION }), firstDay, lastDay, new Date().toISOString(), storyId,
  );
}

const checkedVersions = new WeakSet<Database>();

/** Marks summaries stored by an older version for re-summarising; looks once per connection. */
export function markOutdatedSummaries(db: Database): void {
  if (checkedVersions.has(db)) return;
  checkedVersions.add(db);
  statement(
    db,
    `UPDATE stories SET summary_json = NULL
     WHERE summary_json IS NOT NULL AND coalesce(json_extract(summary_json, '$.summaryVersion'), 0) < ?`,
  ).run(SUMMARY_VERSION);
}

function parseSummary(json: string | null): StoryRow['summary'] {
  if (!json) return null;
  const { summaryVersion: _version, ...summary } = JSON.parse(json) as StoryRow['summary'] & { summaryVersion?: number };
  return summary;
}

/** An article's title and text (what its features were computed from), or null when it is gone. */
export function articleText(db: Database, id: number): string | null {
  const r = statement(db, 'SELECT title, body FROM articles WHERE id = ?').get(id) as { title: string | null; body: string } | undefined;
  if (!r) return null;
  return r.title ? `${r.title}\n\n${r.body}` : r.body;
}

export function getStoryRow(db: Database, id: number): StoryRow | null {
  const r = statement(db, 'SELECT id, pinned, summary_json AS json FROM stories WHERE id = ?').get(id) as { id: number; pinned: number; json: string | null } | undefined;
  return r ? { id: r.id, pinned: !!r.pinned, summary: parseSummary(r.json) } : null;
}

export function listStoryRows(db: Database): StoryRow[] {
  const rows = statement(db, 'SELECT id, pinned, summary_json AS json FROM stories ORDER BY last_day DESC, id').all() as { id: number; pinned: number; json: string | null }[];
  return rows.map((r) => ({ id: r.id, pinned: !!r.pinned, summary: parseSummary(r.json) }));
}

export function setPinned(db: Database, id: number, pinned: boolean): void {
  statement(db, 'UPDATE stories SET pinned = ? WHERE id = ?').run(pinned ? 1 : 0, id);
}

export function articleMeta(db: Database, ids: readonly number[]): Map<number, { id: number; title: string | null; outlet: string | null; publishedAt: string | null }> {
  const one = statement(db, 'SELECT id, title, outlet, published_at AS publishedAt FROM articles WHERE id = ?');
  const out = new Map<number, { id: number; title: string | null; outlet: string | null; publishedAt: string | null }>();
  for (const id of ids) {
    const r = one.get(id) as { id: number; title: string | null; outlet: string | null; publishedAt: string | null } | undefined;
    if (r) out.set(id, r);
  }
  return out;
}
