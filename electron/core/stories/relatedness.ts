// How strongly two documents (articles or stories) cover the same event: topical similarity
// (terms and entities) scaled by whether their dates agree. Dates far apart with nothing specific in
// common mean a different event with the same people, however alike the words.
import type { WeightedDocument } from './weighted-document';
import { cosine } from '../compare/similarity';

export { cosine };

export interface Relatedness {
  /** 0..1. */
  score: number;
  termCosine: number;
  entitySimilarity: number;
  dateSimilarity: number;
  /** A shared entity: who or where the event is about. */
  entityEvidence: boolean;
  /** A shared specific date, or publication within a few days of each other. */
  dateEvidence: boolean;
  /** Both dated, far apart, and no specific date in common. */
  dateConflict: boolean;
}

/** Days apart beyond which two dated reports are of different events unless they share a date. */
export const CONFLICT_DAYS = 45;
const NEAR_DAYS = 21;

export function relatedness(
  a: WeightedDocument,
  b: WeightedDocument,
  termCosine = cosine(a.terms, b.terms),
  entitySimilarity = weightedDice(a.entities, b.entities),
): Relatedness {
  const shared = sharedDateScore(a.dates, b.dates);
  const gap = dayGap(a, b);
  const proximity = gap === null ? 0 : Math.max(0, 1 - gap / NEAR_DAYS);
  const dateSimilarity = Math.max(shared, proximity);
  const dateConflict = gap !== null && gap > CONFLICT_DAYS && shared < 0.7;
  const topical = 0.65 * termCosine + 0.35 * entitySimilarity;
  const dateFactor = dateConflict ? 0.3 : gap === null && shared === 0 ? 0.75 : 0.75 + 0.25 * dateSimilarity;
  return {
    score: Math.min(1, topical * dateFactor),
    termCosine,
    entitySimilarity,
    dateSimilarity,
    entityEvidence: entitySimilarity > 0,
    dateEvidence: !dateConflict && (shared >= 0.7 || (gap !== null && gap <= NEAR_DAYS) || (gap === null && sameLatestYear(a, b))),
    dateConflict,
  };
}


/** IDF-weighted Dice: a shared rare place counts far more than a shared "China". */
function weightedDice(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const [k, w] of a) {
    total += w;
    const v = b.get(k);
    if (v !== undefined) shared += Math.min(w, v);
  }
  for (const w of b.values()) total += w;
  return total ? (2 * shared) / total : 0;
}

/** Best shared date by specificity: 1 for a day, 0.7 a month, 0.2 a year (see dateSpecificity). */
function sharedDateScore(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let best = 0;
  for (const d of a.keys()) if (b.has(d)) best = Math.max(best, d.length === 10 ? 1 : d.length === 7 ? 0.7 : 0.2);
  return best;
}

/**
 * For an undated document only a year can agree: the latest year it names must be the other's
 * (its event year when dated), so a shared "since 2013" of background is not evidence.
 */
function sameLatestYear(a: WeightedDocument, b: WeightedDocument): boolean {
  const ya = latestYear(a);
  return ya !== null && ya === latestYear(b);
}

function latestYear(d: WeightedDocument): number | null {
  if (d.toDay !== null) return new Date(d.toDay * 86_400_000).getUTCFullYear();
  let best: number | null = null;
  for (const k of d.dates.keys()) if (k.length === 4 && (best === null || Number(k) > best)) best = Number(k);
  return best;
}

/** Days between two documents' spans (0 when they overlap), or null when either is undated. */
export function dayGap(a: WeightedDocument, b: WeightedDocument): number | null {
  if (a.fromDay === null || b.fromDay === null || a.toDay === null || b.toDay === null) return null;
  if (a.toDay < b.fromDay) return b.fromDay - a.toDay;
  if (b.toDay < a.fromDay) return a.fromDay - b.toDay;
  return 0;
}

/** What two documents share, most telling first: for showing why they are related. */
export function sharedEvidence(a: WeightedDocument, b: WeightedDocument, limit = 8): { terms: string[]; entities: string[]; dates: string[] } {
  const top = (x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>, key: (k: string, w: number) => number) =>
    [...x]
      .filter(([k]) => y.has(k))
      .map(([k, w]) => [k, key(k, w * y.get(k)!)] as const)
      .sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))
      .slice(0, limit)
      .map(([k]) => k);
  return {
    terms: top(a.terms, b.terms, (_, w) => w),
    entities: top(a.entities, b.entities, (_, w) => w),
    dates: top(a.dates, b.dates, (d, w) => d.length * 100 + w),
  };
}
