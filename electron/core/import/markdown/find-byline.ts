// Markdown articles usually carry their byline as a paragraph under the title ("By Jane Doe", "*By
// X, March 3, 2024*"). Reads authors and a date from the first few blocks and takes that line out.
import type { Block } from '../../../../shared/domain';
import { findAbsoluteDate } from '../find-date';
import { parseByline } from '../text/parse-byline';
import type { RemovedLine } from '../types';

const LOOK_AT_BLOCKS = 3;

export interface BylineResult {
  authors: string[];
  publishedAt: string | null;
  blocks: Block[];
  removed: RemovedLine[];
}

export function findBylineInBlocks(blocks: Block[]): BylineResult {
  for (let k = 0; k < Math.min(LOOK_AT_BLOCKS, blocks.length); k++) {
    const block = blocks[k]!;
    if (block.type !== 'paragraph') continue;
    const authors = parseByline(block.text);
    if (authors) {
      return {
        authors,
        publishedAt: findAbsoluteDate(block.text),
        blocks: blocks.filter((_, i) => i !== k),
        removed: [{ text: block.text, reason: 'byline (moved to metadata)' }],
      };
    }
  }
  return { authors: [], publishedAt: null, blocks, removed: [] };
}
