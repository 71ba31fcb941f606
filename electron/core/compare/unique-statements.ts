// Per article, the substantive sentences no other compared article carries: what only one
// outlet says. A sentence counts as echoed when any other article has a loosely similar one.
import type { UniqueStatements } from '../../../shared/comparison';
import { sentencePassage, type Sentence } from './compare-doc';
import { isCreditLine } from './credit-lines';
import type { SentenceVector, SimilarPair } from './similarity';

/** Below this similarity to everything in the other articles, a sentence is said by one outlet only. */
export const ECHO_MIN_SCORE = 0.22;
/** Fewer content words than this is a fragment or a transition, not a statement. */
export const MIN_CONTENT_WORDS = 6;

export function findUniqueStatements(
  sentences: readonly Sentence[],
  vectors: readonly SentenceVector[],
  echoPairs: readonly SimilarPair[],
  shared: ReadonlySet<number>,
  articleOrder: readonly number[],
): UniqueStatements[] {
  const echoed = new Set<number>(shared);
  for (const p of echoPairs) {
    if (p.score < ECHO_MIN_SCORE) continue;
    echoed.add(p.a);
    echoed.add(p.b);
  }
  const lastBlock = new Map<number, number>();
  for (const s of sentences) lastBlock.set(s.articleId, Math.max(lastBlock.get(s.articleId) ?? 0, s.blockIndex));
  return articleOrder.map((articleId) => ({
    articleId,
    statements: sentences
      .map((s, i) => ({ s, i }))
      .filter(({ s, i }) => s.articleId === articleId && !echoed.has(i) && isSubstantive(s, vectors[i]!) && !isCreditLine(s, lastBlock.get(articleId)!))
      .map(({ s }) => sentencePassage(s)),
  }));
}


export function isSubstantive(sentence: Sentence, vector: SentenceVector): boolean {
  if (vector.contentWords < MIN_CONTENT_WORDS) return false;
  // Questions and headings-as-sentences carry no claim of their own.
  return !/\?[”"’]?$/.test(sentence.text);
}
