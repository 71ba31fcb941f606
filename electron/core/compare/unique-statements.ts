// Per article, the substantive sentences no other compared article carries: what only one
// outlet says. A sentence counts as echoed when any other article has a loosely similar one.
import type { UniqueStatements } from '../../../shared/comparison';
import { sentencePassage, type Sentence } from './compare-doc';
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

const BIO_RE =
  /^(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:is|was)\b[^.]{0,80}?\b(?:editor|correspondent|columnist|writer|reporter|journalist|contributor|fellow|professor|author|analyst|researcher)\b/u;
const CREDIT_RE = /\bcontributed (?:reporting|research|to (?:the|this) (?:research|report|reporting|article|story))\b|^(?:additional )?reporting by\b/iu;

/**
 * The author's biography and the credits at an article's end ("X was editor-in-chief of…",
 * "Y contributed to the research") describe the article, not the story: never a unique statement.
 */
export function isCreditLine(sentence: Sentence, lastBlockIndex: number): boolean {
  if (CREDIT_RE.test(sentence.text)) return true;
  return sentence.blockIndex >= lastBlockIndex - 1 && BIO_RE.test(sentence.text);
}

export function isSubstantive(sentence: Sentence, vector: SentenceVector): boolean {
  if (vector.contentWords < MIN_CONTENT_WORDS) return false;
  // Questions and headings-as-sentences carry no claim of their own.
  return !/\?[”"’]?$/.test(sentence.text);
}
