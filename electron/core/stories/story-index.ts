// Keeps stories in step with the library: computes features for new and changed articles, links
// copies to their original, places unplaced articles in stories (incrementally, only the stories
// near them in time are loaded) and re-summarises the stories that changed.
import type { Database } from 'better-sqlite3';
import { documentFeatures } from './document-vector';
import { REPRINT_MIN_JACCARD, estimatedJaccard, minhashSignature } from './minhash';
import { StoryPool, addToStory, assignArticles, emptyStory, type StoryState } from './story-clustering';
import { cachedStoryState, forgetStoryStates, rememberStoryState } from './story-state-cache';
import {
  anchoredStoryIds, articleMeta, articleText, clearAutomaticPlacements, createStory, deleteEmptyStories, dirtyStoryIds,
  markOutdatedSummaries, membershipOf, removeMembership, saveSummary, setMembership, storiesNear, storyMembers, storyMentionsAny, unplacedArticleIds,
} from './story-store';
import { summariseStory } from './story-summary';
import {
  articlesNeedingVectors, copyCandidates, eventDayOf, flushCounts, loadLibraryCounts, loadVectors, repointCopies, saveVector,
  type CountDeltas, type StoredVector,
} from './vector-store';
import { weighDocument, type LibraryCounts, type WeightedDocument } from './weighted-document';

const NEAR_DAYS = 45;

export interface StoryIndexUpdate {
  computed: number;
  /** True when `maxArticles` cut the update short: more articles wait for the next call. */
  more?: boolean;
  placed: number;
  storiesChanged: number;
}

/**
 * Brings features, copies and stories up to date with the articles; cheap when nothing changed.
 * With `maxArticles`, handles at most that many new or changed articles (the rest wait for the next call).
 */
export function updateStoryIndex(db: Database, { maxArticles }: { maxArticles?: number } = {}): StoryIndexUpdate {
  return db.transaction(() => {
    markOutdatedSummaries(db);
    const pending = articlesNeedingVectors(db, maxArticles);
    const deltas: CountDeltas = new Map();
    for (const p of pending) {
      const signature = minhashSignature(p.body);
      saveVector(db, p, documentFeatures({ id: p.id, title: p.title, text: p.body, publishedAt: p.publishedAt }), signature, deltas);
      linkCopies(db, p.id, signature);
      // A changed article is grouped again, unless a person placed it.
      const m = p.changed ? membershipOf(db, p.id) : null;
      if (m && !m.manual) removeMembership(db, p.id);
    }
    flushCounts(db, deltas);
    const placed = placeUnplaced(db, false);
    const storiesChanged = refreshSummaries(db);
    return { computed: pending.length, placed, storiesChanged, ...(maxArticles !== undefined && pending.length >= maxArticles ? { more: true } : {}) };
  })();
}

/** Groups the whole library afresh, keeping pinned stories and manually placed articles where they are. */
export function reclusterStories(db: Database): StoryIndexUpdate {
  const computed = updateStoryIndex(db).computed;
  return db.transaction(() => {
    clearAutomaticPlacements(db);
    forgetStoryStates(db);
    const placed = placeUnplaced(db, true);
    return { computed, placed, storiesChanged: refreshSummaries(db) };
  })();
}

/** Copies share a MinHash band and estimate ≥ 0.7 Jaccard; the earliest (then lowest id) is the original. */
function linkCopies(db: Database, id: number, signature: Uint32Array): void {
  const copies = copyCandidates(db, id, signature).filter((c) => estimatedJaccard(signature, c.signature) >= REPRINT_MIN_JACCARD);
  if (!copies.length) return;
  const roots = [...new Set([id, ...copies.map((c) => c.reprintOf ?? c.id)])];
  const day = (x: number) => eventDayOf(db, x) ?? Infinity;
  const original = roots.sort((a, b) => day(a) - day(b) || a - b)[0]!;
  for (const root of roots) if (root !== original) repointCopies(db, root, original);
}

function placeUnplaced(db: Database, everything: boolean): number {
  const ids = unplacedArticleIds(db);
  if (!ids.length) return 0;
  const counts = loadLibraryCounts(db);
  const vectors = loadVectors(db, ids);
  const docs = vectors.map((v) => weighDocument(v.id, v.features, counts));
  const reprintOf = new Map(vectors.filter((v) => v.reprintOf !== null).map((v) => [v.id, v.reprintOf!] as [number, number]));
  const pool = new StoryPool();
  for (const storyId of everything ? anchoredStoryIds(db) : nearbyStories(db, docs, reprintOf)) pool.add(loadStory(db, storyId, counts));
  const placements = assignArticles(pool, docs, reprintOf);
  const realId = new Map<number, number>();
  for (const [articleId, story] of [...placements].sort((a, b) => a[0] - b[0])) {
    let id = story.id;
    if (id < 0) {
      id = realId.get(story.id) ?? createStory(db);
      realId.set(story.id, id);
    }
    setMembership(db, articleId, id, false);
  }
  for (const story of pool.stories) rememberStoryState(db, story.id < 0 ? realId.get(story.id)! : story.id, story);
  return placements.size;
}

/**
 * Stored stories an incremental update may add to: near the new articles in time and sharing an
 * entity with one of them (joining needs both), or holding their originals.
 */
function nearbyStories(db: Database, docs: readonly WeightedDocument[], reprintOf: ReadonlyMap<number, number>): number[] {
  const ids = new Set<number>();
  for (const d of docs) {
    if (d.fromDay === null || !d.entities.size) continue;
    const entities = JSON.stringify([...d.entities.keys()]);
    for (const s of storiesNear(db, d.fromDay, d.toDay!, NEAR_DAYS)) if (!ids.has(s) && storyMentionsAny(db, s, entities)) ids.add(s);
  }
  for (const original of reprintOf.values()) {
    const m = membershipOf(db, original);
    if (m) ids.add(m.storyId);
  }
  return [...ids].sort((a, b) => a - b);
}

function loadStory(db: Database, storyId: number, counts: LibraryCounts): StoryState {
  const cached = cachedStoryState(db, storyId);
  if (cached) return cached;
  const story = emptyStory(storyId);
  for (const v of loadVectors(db, storyMembers(db, storyId).map((m) => m.articleId))) addToStory(story, weighDocument(v.id, v.features, counts));
  return story;
}

/** Summarises every story whose membership changed; drops stories left empty. */
export function refreshSummaries(db: Database): number {
  deleteEmptyStories(db);
  const dirty = dirtyStoryIds(db);
  if (!dirty.length) return 0;
  const counts = loadLibraryCounts(db);
  const stemCache = new Map<string, string>();
  const textOf = (id: number) => articleText(db, id);
  for (const storyId of dirty) {
    const vectors: StoredVector[] = loadVectors(db, storyMembers(db, storyId).map((m) => m.articleId));
    const meta = articleMeta(db, vectors.map((v) => v.id));
    const { summary, firstDay, lastDay } = summariseStory(
      vectors.map((v) => ({
        id: v.id,
        title: meta.get(v.id)?.title ?? null,
        outlet: meta.get(v.id)?.outlet ?? null,
        features: v.features,
        weighted: weighDocument(v.id, v.features, counts),
        reprintOf: v.reprintOf,
      })),
      textOf,
      stemCache,
    );
    saveSummary(db, storyId, summary, firstDay, lastDay);
  }
  return dirty.length;
}
