// Sentence similarity for claim alignment: TF-IDF weighted stems and stem bigrams, character
// trigrams for spelling and inflection variants, and shared numbers and names as strong evidence.
import { foldCase, isStopWord, stem, tokenize } from './words';

export interface SimilarityInput {
  articleId: number;
  text: string;
}

/** Document frequencies from the wider library, looked up by a lower-case surface word. */
export interface LibraryFrequencies {
  documents: number;
  documentFrequency(word: string): number | undefined;
}

export interface SentenceVector {
  articleId: number;
  /** Unit-length TF-IDF weights of stems and stem bigrams. */
  weights: Map<string, number>;
  grams: Set<string>;
  /** Numbers and proper names with their IDF: "#37", "crimea". */
  anchors: Map<string, number>;
  /** Rare stems (numbers included): sharing two of them is what tells a claim from a topic. */
  rare: Set<string>;
  contentWords: number;
}

interface Analysed {
  stems: string[];
  surfaces: string[];
  anchors: string[];
}

function analyse(text: string, properNames: Set<string> | null): Analysed {
  const stems: string[] = [];
  const surfaces: string[] = [];
  const anchors: string[] = [];
  const tokens = tokenize(text);
  tokens.forEach((t, i) => {
    if (isStopWord(t.word)) return;
    const s = stem(t.word);
    stems.push(s);
    surfaces.push(foldCase(t.word));
    if (s.startsWith('#')) anchors.push(s);
    else if (/^\p{Lu}/u.test(t.word) && (i > 0 ? true : properNames?.has(s))) anchors.push(s);
  });
  return { stems, surfaces, anchors };
}

/** Stems written with a capital somewhere other than a sentence's first word: the corpus's names. */
function collectProperNames(inputs: readonly SimilarityInput[]): Set<string> {
  const names = new Set<string>();
  for (const input of inputs) {
    tokenize(input.text).forEach((t, i) => {
      if (i > 0 && /^\p{Lu}/u.test(t.word) && !isStopWord(t.word)) names.add(stem(t.word));
    });
  }
  return names;
}

export function buildSentenceVectors(inputs: readonly SimilarityInput[], library?: LibraryFrequencies): SentenceVector[] {
  const properNames = collectProperNames(inputs);
  const analysed = inputs.map((input) => analyse(input.text, properNames));
  const df = new Map<string, number>();
  const surfaceOf = new Map<string, string>();
  for (const a of analysed) {
    for (const s of new Set(a.stems)) df.set(s, (df.get(s) ?? 0) + 1);
    a.stems.forEach((s, i) => {
      if (!surfaceOf.has(s)) surfaceOf.set(s, a.surfaces[i]!);
    });
  }
  const n = Math.max(1, inputs.length);
  const idfCache = new Map<string, number>();
  // A term in more than one sentence in eight counts as common ("China" in a story about China);
  // one a claim carries into every compared article is still rare.
  const articles = new Set(inputs.map((x) => x.articleId)).size;
  const rareDf = Math.max(articles, n / 8);
  const isRare = (s: string) => (df.get(s) ?? 0) <= rareDf;
  const idf = (s: string): number => {
    const cached = idfCache.get(s);
    if (cached !== undefined) return cached;
    let value = Math.log(1 + n / (df.get(s) ?? 1));
    if (library && library.documents > 0 && !s.startsWith('#')) {
      const ldf = library.documentFrequency(surfaceOf.get(s) ?? s);
      if (ldf !== undefined) value = (value + Math.log(1 + library.documents / (ldf + 1))) / 2;
    }
    idfCache.set(s, value);
    return value;
  };
  return analysed.map((a, i) => {
    const weights = new Map<string, number>();
    for (const s of a.stems) weights.set(s, (weights.get(s) ?? 0) + idf(s));
    for (let k = 1; k < a.stems.length; k++) {
      const bigram = a.stems[k - 1] + ' ' + a.stems[k];
      weights.set(bigram, (weights.get(bigram) ?? 0) + 0.5 * (idf(a.stems[k - 1]!) + idf(a.stems[k]!)) / 2);
    }
    normalise(weights);
    const grams = new Set<string>();
    a.surfaces.forEach((s, k) => {
      // Trigrams of the rarer longer words only: they catch "recognised"/"recognized", not "the".
      if (s.length < 5 || !isRare(a.stems[k]!)) return;
      const w = ` ${s} `;
      for (let k = 0; k + 3 <= w.length; k++) grams.add(w.slice(k, k + 3));
    });
    const anchors = new Map<string, number>();
    for (const x of a.anchors) anchors.set(x, idf(x));
    const rare = new Set(a.stems.filter((s) => s.startsWith('#') || isRare(s)));
    return { articleId: inputs[i]!.articleId, weights, grams, anchors, rare, contentWords: a.stems.length };
  });
}

function normalise(weights: Map<string, number>): void {
  let sum = 0;
  for (const w of weights.values()) sum += w * w;
  const norm = Math.sqrt(sum) || 1;
  for (const [k, w] of weights) weights.set(k, w / norm);
}

/** Dot product of two sparse unit vectors: their cosine similarity. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) {
    const v = large.get(k);
    if (v !== undefined) dot += w * v;
  }
  return dot;
}

function setCosine(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}

/** IDF-weighted share of the smaller anchor set found in the other: a rare shared name counts most. */
function anchorOverlap(a: Map<string, number>, b: Map<string, number>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  let total = 0;
  for (const [x, w] of small) {
    total += w;
    if (large.has(x)) shared += w;
  }
  return total ? shared / total : 0;
}

/** 0..1; paraphrases of one claim land around 0.3–0.6, copies near 1, unrelated sentences near 0. */
export function sentenceSimilarity(a: SentenceVector, b: SentenceVector, wordCosine = cosine(a.weights, b.weights)): number {
  if (wordCosine <= 0) return 0;
  const score = 0.65 * wordCosine + 0.15 * setCosine(a.grams, b.grams) + 0.2 * anchorOverlap(a.anchors, b.anchors);
  return Math.min(1, score);
}

export interface SimilarPair {
  a: number;
  b: number;
  score: number;
}

/**
 * Every pair of sentences from different articles scoring at least `minScore`, found through an
 * inverted index so sentences sharing no term are never compared. Deterministic order: (a, b).
 */
export function findSimilarPairs(
  vectors: readonly SentenceVector[],
  minScore: number,
  options: { minSharedRare?: number } = {},
): SimilarPair[] {
  const minSharedRare = options.minSharedRare ?? 0;
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const term of v.weights.keys()) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(i);
    }
  });
  const pairs: SimilarPair[] = [];
  const dots = new Map<number, number>();
  vectors.forEach((v, i) => {
    dots.clear();
    for (const [term, w] of v.weights) {
      for (const j of postings.get(term)!) {
        if (j <= i || vectors[j]!.articleId === v.articleId) continue;
        dots.set(j, (dots.get(j) ?? 0) + w * vectors[j]!.weights.get(term)!);
      }
    }
    // The word cosine carries 65% of the score; below this the rest cannot lift a pair over the bar.
    const floor = Math.max(0.05, (minScore - 0.35) / 0.65);
    for (const [j, dot] of [...dots].sort((x, y) => x[0] - y[0])) {
      if (dot < floor) continue;
      if (minSharedRare && sharedRare(v, vectors[j]!) < minSharedRare) continue;
      const score = sentenceSimilarity(v, vectors[j]!, dot);
      if (score >= minScore) pairs.push({ a: i, b: j, score });
    }
  });
  return pairs;
}

/** Shared rare stems; a shared number counts twice, being the strongest single piece of evidence. */
export function sharedRare(a: SentenceVector, b: SentenceVector): number {
  let n = 0;
  for (const s of a.rare) if (b.rare.has(s)) n += s.startsWith('#') ? 2 : 1;
  return n;
}
