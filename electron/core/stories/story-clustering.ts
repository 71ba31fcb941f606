// Grouping articles into stories, one pass in a fixed order: each article joins the story it is
// most related to when the score clears JOIN_MIN_SCORE with a shared entity and agreeing dates,
// and starts a new story otherwise. Copies join their original's story. Pure: no database.
import { relatedness, type Relatedness } from './relatedness';
import type { WeightedDocument } from './weighted-document';

export const JOIN_MIN_SCORE = 0.3;
/** How far (days) a story's span reaches when looking for candidates by date. */
const WINDOW_DAYS = 21;
const WEEK = 7;

export interface StoryState {
  /** A stored story's id, or a negative id for a story made in this pass. */
  id: number;
  members: number[];
  termSum: Map<string, number>;
  /** Sum of the squares of termSum's weights: the centroid's length without recomputing it. */
  termSquares: number;
  entitySum: Map<string, number>;
  entityTotal: number;
  dateSum: Map<string, number>;
  fromDay: number | null;
  toDay: number | null;
}

export function emptyStory(id: number): StoryState {
  return { id, members: [], termSum: new Map(), termSquares: 0, entitySum: new Map(), entityTotal: 0, dateSum: new Map(), fromDay: null, toDay: null };
}

export function addToStory(story: StoryState, doc: WeightedDocument): void {
  story.members.push(doc.id);
  for (const [k, w] of doc.terms) {
    const old = story.termSum.get(k) ?? 0;
    story.termSum.set(k, old + w);
    story.termSquares += (old + w) * (old + w) - old * old;
  }
  for (const [k, w] of doc.entities) story.entitySum.set(k, (story.entitySum.get(k) ?? 0) + w);
  for (const w of doc.entities.values()) story.entityTotal += w;
  for (const [k, w] of doc.dates) story.dateSum.set(k, (story.dateSum.get(k) ?? 0) + w);
  if (doc.fromDay !== null) story.fromDay = story.fromDay === null ? doc.fromDay : Math.min(story.fromDay, doc.fromDay);
  if (doc.toDay !== null) story.toDay = story.toDay === null ? doc.toDay : Math.max(story.toDay, doc.toDay);
}

/**
 * How related an article is to a story seen as one document: the cosine with its centroid, and the
 * IDF-weighted Dice with its entities weighted by how many members carry them. Computed from the
 * running sums, so a story that grows costs nothing to compare with.
 */
export function relatednessToStory(doc: WeightedDocument, story: StoryState): Relatedness {
  let dot = 0;
  for (const [k, w] of doc.terms) {
    const v = story.termSum.get(k);
    if (v !== undefined) dot += w * v;
  }
  const termCosine = story.termSquares > 0 ? dot / Math.sqrt(story.termSquares) : 0;
  const n = Math.max(1, story.members.length);
  let total = story.entityTotal / n;
  let shared = 0;
  for (const [k, w] of doc.entities) {
    total += w;
    const v = story.entitySum.get(k);
    if (v !== undefined) shared += Math.min(w, v / n);
  }
  const entitySimilarity = total ? (2 * shared) / total : 0;
  // Only the dates' keys and the span are read when both similarities are given.
  const view: WeightedDocument = { id: story.id, terms: story.termSum, entities: story.entitySum, dates: story.dateSum, fromDay: story.fromDay, toDay: story.toDay };
  return relatedness(doc, view, termCosine, entitySimilarity);
}

function sharesEntity(doc: WeightedDocument, story: StoryState): boolean {
  for (const k of doc.entities.keys()) if (story.entitySum.has(k)) return true;
  return false;
}

export function canJoin(r: Relatedness): boolean {
  return r.score >= JOIN_MIN_SCORE && r.entityEvidence && r.dateEvidence;
}

/** Stories in memory with the indexes that find an article's candidates: by week and by date named. */
export class StoryPool {
  readonly stories: StoryState[] = [];
  private readonly byWeek = new Map<number, Set<StoryState>>();
  private readonly byDate = new Map<string, Set<StoryState>>();
  private readonly byArticle = new Map<number, StoryState>();
  private nextId = -1;

  add(story: StoryState): StoryState {
    this.stories.push(story);
    this.index(story);
    for (const m of story.members) this.byArticle.set(m, story);
    return story;
  }

  storyOf(articleId: number): StoryState | undefined {
    return this.byArticle.get(articleId);
  }

  join(story: StoryState, doc: WeightedDocument): void {
    addToStory(story, doc);
    this.byArticle.set(doc.id, story);
    this.index(story, doc);
  }

  create(doc: WeightedDocument): StoryState {
    const story = emptyStory(this.nextId--);
    addToStory(story, doc);
    return this.add(story);
  }

  candidates(doc: WeightedDocument): StoryState[] {
    const found = new Set<StoryState>();
    if (doc.fromDay !== null) {
      for (let w = Math.floor((doc.fromDay - WINDOW_DAYS) / WEEK); w <= Math.floor((doc.toDay! + WINDOW_DAYS) / WEEK); w++) {
        for (const s of this.byWeek.get(w) ?? []) found.add(s);
      }
    }
    for (const d of doc.dates.keys()) if (d.length >= 7) for (const s of this.byDate.get(d) ?? []) found.add(s);
    if (doc.fromDay === null) for (const d of doc.dates.keys()) if (d.length === 4) for (const s of this.byDate.get(d) ?? []) found.add(s);
    // Joining needs a shared entity (canJoin), so stories without one are not candidates.
    return [...found].filter((s) => sharesEntity(doc, s)).sort((a, b) => a.id - b.id);
  }

  private index(story: StoryState, doc?: WeightedDocument): void {
    if (story.fromDay !== null) {
      for (let w = Math.floor(story.fromDay / WEEK); w <= Math.floor(story.toDay! / WEEK); w++) {
        let set = this.byWeek.get(w);
        if (!set) this.byWeek.set(w, (set = new Set()));
        set.add(story);
      }
    }
    const dates = doc ? doc.dates.keys() : story.dateSum.keys();
    for (const d of dates) {
      let set = this.byDate.get(d);
      if (!set) this.byDate.set(d, (set = new Set()));
      set.add(story);
    }
  }
}

/** The order articles are grouped in: by the day they report (undated last), then id. */
export function groupingOrder(a: WeightedDocument, b: WeightedDocument): number {
  return (a.fromDay ?? Infinity) - (b.fromDay ?? Infinity) || a.id - b.id;
}

/**
 * Places each article (in `groupingOrder`) in the pool: with its original's story when it is a copy,
 * else in the best joinable story, else in a new one. Returns the article → story placements.
 */
export function assignArticles(pool: StoryPool, docs: readonly WeightedDocument[], reprintOf: ReadonlyMap<number, number> = new Map()): Map<number, StoryState> {
  const placed = new Map<number, StoryState>();
  for (const doc of [...docs].sort(groupingOrder)) {
    const original = reprintOf.get(doc.id);
    const home = original !== undefined ? pool.storyOf(original) : undefined;
    let best = home ?? null;
    if (!best) {
      let bestScore = -1;
      for (const story of pool.candidates(doc)) {
        const r = relatednessToStory(doc, story);
        if (canJoin(r) && r.score > bestScore) [best, bestScore] = [story, r.score];
      }
    }
    if (best) pool.join(best, doc);
    else best = pool.create(doc);
    placed.set(doc.id, best);
  }
  return placed;
}
