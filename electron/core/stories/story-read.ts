// Reading stories back for the API: summaries (stored, computed when a story changed) and one
// story with its articles in date order.
import type { Database } from 'better-sqlite3';
import { ParallaxError } from '../../../shared/errors';
import type { Story, StorySummary } from '../../../shared/stories';
import { articleMeta, getStoryRow, listStoryRows, storyMembers, type StoryRow } from './story-store';
import { loadVectors } from './vector-store';

export function listStories(db: Database, minArticles = 1): StorySummary[] {
  return listStoryRows(db)
    .filter((r) => r.summary && r.summary.articleCount >= minArticles)
    .map(toSummary);
}

export function getStory(db: Database, id: number): Story {
  const row = getStoryRow(db, id);
  if (!row?.summary) throw new ParallaxError('NOT_FOUND', `There is no story ${id} in this library.`);
  const members = storyMembers(db, id);
  const meta = articleMeta(db, members.map((m) => m.articleId));
  const reprintOf = new Map(loadVectors(db, members.map((m) => m.articleId)).map((v) => [v.id, v.reprintOf]));
  const articles = members
    .map((m) => ({ ...meta.get(m.articleId)!, manual: m.manual, reprintOf: reprintOf.get(m.articleId) ?? null }))
    .sort((a, b) => (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999') || a.id - b.id);
  return { ...toSummary(row), articles };
}

function toSummary(row: StoryRow): StorySummary {
  const summary = row.summary!;
  // Summaries stored before reprintCount existed derive it.
  return { id: row.id, pinned: row.pinned, ...summary, reprintCount: summary.reprintCount ?? summary.articleCount - summary.independentCount };
}
