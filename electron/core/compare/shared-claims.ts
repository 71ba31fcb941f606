// Aligns sentences across articles into claim clusters: the same fact as each outlet words it,
// at most one sentence per article, strongest clusters first.
import type { SharedClaim } from '../../../shared/comparison';
import { sentencePassage, type Sentence } from './compare-doc';
import type { SimilarPair } from './similarity';

/** Pairs at or above this score, sharing two rare terms, are taken to state the same claim. */
export const CLAIM_MIN_SCORE = 0.31;
export const CLAIM_MIN_SHARED_RARE = 2;

export interface ClaimCluster {
  members: number[];
  strength: number;
}

/**
 * Greedy average-free linkage: strongest pairs first, two clusters merge only when they have no
 * article in common, so each claim shows one wording per outlet.
 */
export function clusterClaims(sentences: readonly Sentence[], pairs: readonly SimilarPair[]): ClaimCluster[] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const articlesOf = new Map<number, Set<number>>();
  const scoresOf = new Map<number, number[]>();
  const ordered = [...pairs].sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  for (const { a, b, score } of ordered) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const aa = articlesOf.get(ra) ?? new Set([sentences[a]!.articleId]);
    const ab = articlesOf.get(rb) ?? new Set([sentences[b]!.articleId]);
    if ([...aa].some((id) => ab.has(id))) continue;
    const root = Math.min(ra, rb);
    const child = Math.max(ra, rb);
    parent.set(child, root);
    parent.set(root, root);
    articlesOf.set(root, new Set([...aa, ...ab]));
    scoresOf.set(root, [...(scoresOf.get(ra) ?? []), ...(scoresOf.get(rb) ?? []), score]);
    articlesOf.delete(child);
    scoresOf.delete(child);
  }
  const members = new Map<number, number[]>();
  for (const x of parent.keys()) {
    const r = find(x);
    let list = members.get(r);
    if (!list) members.set(r, (list = []));
    list.push(x);
  }
  return [...members.entries()].map(([root, list]) => {
    const scores = scoresOf.get(root) ?? [0];
    return { members: list.sort((p, q) => p - q), strength: scores.reduce((s, x) => s + x, 0) / scores.length };
  });
}

/** Claim clusters as the contract shows them: most outlets first, then strongest, then by position. */
export function toSharedClaims(
  clusters: readonly ClaimCluster[],
  sentences: readonly Sentence[],
  articleOrder: readonly number[],
): SharedClaim[] {
  const rank = (articleId: number) => articleOrder.indexOf(articleId);
  const claims = clusters.map((c) => {
    const wordings = c.members
      .map((i) => sentences[i]!)
      .sort((p, q) => rank(p.articleId) - rank(q.articleId) || p.start - q.start);
    return { strength: round(c.strength), wordings };
  });
  claims.sort(
    (p, q) =>
      q.wordings.length - p.wordings.length ||
      q.strength - p.strength ||
      rank(p.wordings[0]!.articleId) - rank(q.wordings[0]!.articleId) ||
      p.wordings[0]!.start - q.wordings[0]!.start,
  );
  return claims.map((c, i) => ({
    id: `claim-${i + 1}`,
    strength: c.strength,
    articleIds: c.wordings.map((w) => w.articleId),
    wordings: c.wordings.map(sentencePassage),
  }));
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
