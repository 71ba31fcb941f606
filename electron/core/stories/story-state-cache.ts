// Stories' running sums kept in memory between updates, so placing a few new articles does not
// re-read and re-weigh every member of the stories near them. An entry is used only while the
// story holds the same articles at the same versions; its weights keep the library frequencies of
// when it was loaded (IDF barely moves between imports; a full re-grouping starts afresh).
import type { Database } from 'better-sqlite3';
import { statement } from '../library/statements';
import type { StoryState } from './story-clustering';

interface Entry {
  key: string;
  state: StoryState;
}

/** Stories kept (least recently used dropped first): enough for the months around any import. */
const MAX_STORIES = 1500;

const caches = new WeakMap<Database, Map<number, Entry>>();

function cacheOf(db: Database): Map<number, Entry> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

/** What a story's state depends on: its articles and the versions their features were computed from. */
function membershipKey(db: Database, storyId: number): string {
  const rows = statement(
    db,
    `SELECT sa.article_id || '@' || coalesce(v.article_updated_at, '') FROM story_articles sa
     LEFT JOIN story_vectors v ON v.article_id = sa.article_id WHERE sa.story_id = ? ORDER BY sa.article_id`,
  )
    .pluck()
    .all(storyId) as string[];
  return rows.join(',');
}

export function cachedStoryState(db: Database, storyId: number): StoryState | null {
  const entry = cacheOf(db).get(storyId);
  if (!entry) return null;
  cacheOf(db).delete(storyId);
  if (entry.key !== membershipKey(db, storyId)) return null;
  cacheOf(db).set(storyId, entry);
  return entry.state;
}

/** Remembers a story's state as it is stored now (call after its memberships are written). */
export function rememberStoryState(db: Database, storyId: number, state: StoryState): void {
  state.id = storyId;
  const cache = cacheOf(db);
  cache.delete(storyId);
  cache.set(storyId, { key: membershipKey(db, storyId), state });
  if (cache.size > MAX_STORIES) cache.delete(cache.keys().next().value!);
}

export function forgetStoryStates(db: Database): void {
  caches.delete(db);
}
