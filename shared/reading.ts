// Reading progress: how far into each article the reader got, and whether they count it as
// unread, being read or done. Types and the input/output schemas of its API methods.
import { z } from 'zod';
import { ArticleId } from './domain';

export const ReadingStatus = z.enum(['unread', 'reading', 'done']);
export type ReadingStatus = z.infer<typeof ReadingStatus>;

/** Reading at or past this fraction of an article counts as having read it. */
export const DONE_AT = 0.9;

const Fraction = z.number().min(0).max(1);

export const ReadingProgress = z.object({
  articleId: ArticleId,
  status: ReadingStatus,
  /** The furthest point reached, 0..1. */
  progress: Fraction,
  /** The last position, 0..1, restored when the article is opened again. */
  position: Fraction,
  updatedAt: z.string(),
});
export type ReadingProgress = z.infer<typeof ReadingProgress>;

/** Input schemas of the reading methods (merged into `apiInputs`). */
export const readingInputs = {
  setReadingProgress: z.object({ id: ArticleId, fraction: Fraction }).strict(),
  setReadingStatus: z.object({ id: ArticleId, status: ReadingStatus }).strict(),
} as const;

export const readingOutputs = {
  setReadingProgress: ReadingProgress,
  setReadingStatus: ReadingProgress,
} as const;
