// A person's corrections to the grouping: merge stories, split articles out, move one article,
// pin a story. Moved and merged articles are marked manual, so re-grouping never undoes them.
import type { Database } from 'better-sqlite3';
import { ParallaxError } from '../../../shared/errors';
import { createStory, getStoryRow, membershipOf, setMembership, setPinned, storyMembers } from './story-store';
import { refreshSummaries } from './story-index';

export function mergeStories(db: Database, into: number, from: readonly number[]): void {
  db.transaction(() => {
    requireStory(db, into);
    for (const id of from) requireStory(db, id);
    for (const id of [into, ...from]) for (const m of storyMembers(db, id)) setMembership(db, m.articleId, into, true);
    refreshSummaries(db);
  })();
}

/** Moves the given articles of a story into a new story; returns its id. */
export function splitStory(db: Database, storyId: number, articleIds: readonly number[]): number {
  return db.transaction(() => {
    requireStory(db, storyId);
    const members = storyMembers(db, storyId);
    const moving = new Set(articleIds);
    for (const id of moving) {
      if (!members.some((m) => m.articleId === id)) throw new ParallaxError('INVALID_INPUT', `Article ${id} is not in story ${storyId}.`);
    }
    if (moving.size === members.length) throw new ParallaxError('INVALID_INPUT', 'Splitting every article out would leave the story empty; move some, not all.');
    const created = createStory(db);
    // Both sides become manual: a split is a statement about the articles that stay, too.
    for (const m of members) setMembership(db, m.articleId, moving.has(m.articleId) ? created : storyId, true);
    refreshSummaries(db);
    return created;
  })();
}

export function moveArticle(db: Database, articleId: number, storyId: number): void {
  db.transaction(() => {
    requireStory(db, storyId);
    if (!membershipOf(db, articleId)) throw new ParallaxError('NOT_FOUND', `Article ${articleId} is in no story (is it in this library?).`);
    setMembership(db, articleId, storyId, true);
    refreshSummaries(db);
  })();
}

export function pinStory(db: Database, storyId: number, pinned: boolean): void {
  requireStory(db, storyId);
  setPinned(db, storyId, pinned);
}

function requireStory(db: Database, id: number): void {
  if (!getStoryRow(db, id)) throw new ParallaxError('NOT_FOUND', `There is no story ${id} in this library.`);
}
