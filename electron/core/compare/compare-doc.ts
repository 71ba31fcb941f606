// An article prepared for comparison: its canonical text, where each block starts, and its
// sentences with offsets into that text. Every detector reads these and answers with Passages.
import type { Passage } from '../../../shared/comparison';
import type { Article } from '../../../shared/domain';
import { BLOCK_SEPARATOR, blocksToText } from '../../../shared/text';
import { splitSentences } from './sentences';

export interface Sentence {
  articleId: number;
  blockIndex: number;
  /** Position of the sentence within its article. */
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface CompareDoc {
  id: number;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  /** People named in the article's metadata byline. */
  authors: readonly string[];
  text: string;
  blockStarts: number[];
  /** Italicised stretches of `text` (publications' and works' names are set in italics). */
  emphasis: { start: number; end: number }[];
  sentences: Sentence[];
}

/** What a comparison reads of an article; authors, when known, are people in its byline. */
export type ComparableArticle = Pick<Article, 'id' | 'title' | 'outlet' | 'publishedAt' | 'blocks'> & { authors?: readonly string[] };

export function toCompareDoc(article: ComparableArticle): CompareDoc {
  const text = blocksToText(article.blocks);
  const blockStarts: number[] = [];
  const sentences: Sentence[] = [];
  const emphasis: CompareDoc['emphasis'] = [];
  let offset = 0;
  article.blocks.forEach((block, blockIndex) => {
    blockStarts.push(offset);
    for (const span of block.spans ?? []) if (span.kind === 'em') emphasis.push({ start: offset + span.start, end: offset + span.end });
    for (const span of splitSentences(block.text)) {
      sentences.push({
        articleId: article.id,
        blockIndex,
        index: sentences.length,
        start: offset + span.start,
        end: offset + span.end,
        text: span.text,
      });
    }
    offset += block.text.length + BLOCK_SEPARATOR.length;
  });
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    publishedAt: article.publishedAt,
    authors: article.authors ?? [],
    text,
    blockStarts,
    emphasis,
    sentences,
  };
}

export function blockIndexAt(doc: CompareDoc, offset: number): number {
  let lo = 0;
  let hi = doc.blockStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.blockStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

export function passageOf(doc: CompareDoc, start: number, end: number): Passage {
  return { articleId: doc.id, blockIndex: blockIndexAt(doc, start), start, end, text: doc.text.slice(start, end) };
}

export function sentencePassage(s: Sentence): Passage {
  return { articleId: s.articleId, blockIndex: s.blockIndex, start: s.start, end: s.end, text: s.text };
}

/** The sentence that holds `offset`, or null. */
export function sentenceAt(doc: CompareDoc, offset: number): Sentence | null {
  for (const s of doc.sentences) if (s.start <= offset && offset < s.end) return s;
  return null;
}
