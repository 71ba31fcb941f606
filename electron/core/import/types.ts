// What the importer produces from one file, before anything is stored.
import type { ArticleMetadata, Block, SourceFormat } from '../../../shared/domain';

export interface SourceFile {
  /** File name as the user knows it (used for format detection and reports). */
  name: string;
  bytes: Uint8Array;
}

export interface RemovedLine {
  text: string;
  /** Why the cleaner dropped it, e.g. "advertisement", "photo credit", "repeated banner". */
  reason: string;
}

export interface ExtractedArticle {
  format: SourceFormat;
  metadata: ArticleMetadata;
  subtitle: string | null;
  blocks: Block[];
  /** What cleaning removed, for `parallax extract --json` and for debugging the cleaner. */
  removed: RemovedLine[];
}

/** Largest file the importer reads. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Smaller files cannot hold an article; refusing them early gives a clearer message than "no text". */
export const MIN_FILE_BYTES = 64;

/** An extraction with fewer words than this found no article (a stub page, a cookie wall). */
export const MIN_ARTICLE_WORDS = 20;
