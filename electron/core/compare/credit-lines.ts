// Sentences about the article rather than the story: the author's biography and the credits at
// its end. They are never a statement only one source makes, nor an event on the timeline.
import type { Sentence } from './compare-doc';

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
