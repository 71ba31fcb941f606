// Helpers on the canonical article text, shared by core and UI.
import type { Block } from './domain';

export const BLOCK_SEPARATOR = '\n\n';

export function blocksToText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

/** Markers the search snippet uses around matched words. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';
