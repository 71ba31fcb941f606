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
