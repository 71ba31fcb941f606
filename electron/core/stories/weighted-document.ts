// An article's features weighed against the library: a unit TF-IDF term vector (its strongest
// terms only), IDF-weighted entities and dates, and the days it covers. Stories use the same shape.
import type { DocumentFeatures } from './document-vector';

export interface LibraryCounts {
  articles: number;
  /** Articles holding a feature key (stem, "@entity", "~date"). */
  count(feature: string): number;
}

export interface WeightedDocument {
  id: number;
  /** Unit-length TF-IDF weights of the strongest terms. */
  terms: Map<string, number>;
  /** Entity id → IDF weight. */
  entities: Map<string, number>;
  /** Date → weight: its specificity times its IDF. */
  dates: Map<string, number>;
  /** Days covered (one day for an article, a span for a story); null when unknown. */
  fromDay: number | null;
  toDay: number | null;
}

/** Strong enough terms for relating coverage; the long tail adds cost, not evidence. */
export const MAX_TERMS = 80;

export function idf(counts: LibraryCounts, feature: string): number {
  const n = Math.max(1, counts.articles);
  return Math.log(1 + n / Math.max(1, counts.count(feature)));
}

export function weighDocument(id: number, f: DocumentFeatures, counts: LibraryCounts, maxTerms = MAX_TERMS): WeightedDocument {
  const weighted = Object.entries(f.terms).map(([t, tf]) => [t, tf * idf(counts, t)] as [string, number]);
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const terms = new Map(weighted.slice(0, maxTerms));
  normalise(terms);
  const entities = new Map(Object.keys(f.entities).map((e) => [e, idf(counts, '@' + e)]));
  const dates = new Map(Object.keys(f.dates).map((d) => [d, dateSpecificity(d) * idf(counts, '~' + d)]));
  return { id, terms, entities, dates, fromDay: f.eventDay, toDay: f.eventDay };
}

/** A day pins an event down, a month nearly, a year hardly ("since 2013"). */
export function dateSpecificity(date: string): number {
  return date.length === 10 ? 1 : date.length === 7 ? 0.7 : 0.2;
}

export function normalise(weights: Map<string, number>): void {
  let sum = 0;
  for (const w of weights.values()) sum += w * w;
  const norm = Math.sqrt(sum) || 1;
  for (const [k, w] of weights) weights.set(k, w / norm);
}

/** Plain TF-IDF (raw counts, no title boost, no entities or dates): the baseline to beat. */
export function plainTfIdf(stems: readonly string[], counts: LibraryCounts): Map<string, number> {
  const tf = new Map<string, number>();
  for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
  const out = new Map([...tf].map(([s, n]) => [s, n * idf(counts, s)] as [string, number]));
  normalise(out);
  return out;
}

/** Library counts of a set of articles held in memory (tests, evaluation, one-off ranking). */
export function countsOf(features: readonly DocumentFeatures[], keys: (f: DocumentFeatures) => string[]): LibraryCounts {
  const counts = new Map<string, number>();
  for (const f of features) for (const k of keys(f)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return { articles: features.length, count: (k) => counts.get(k) ?? 0 };
}
