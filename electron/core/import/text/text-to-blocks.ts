// Turns cleaned plain-text paragraphs into blocks: "# " lines become headings, bullets list items,
// "> " lines quotes, everything else paragraphs, each with its inline emphasis and links.
import type { Block } from '../../../../shared/domain';
import { bulletKind, stripBullet } from './classify-line';
import { parseInlineMarkup } from './inline-markup';

function shapeOf(line: string): { shape: Omit<Block, 'text' | 'spans'>; content: string } {
  const heading = /^(#{1,6}) (.*)$/.exec(line);
  if (heading) return { shape: { type: 'heading', level: Math.min(4, Math.max(2, heading[1]!.length)) }, content: heading[2]! };
  const bullet = bulletKind(line);
  if (bullet) return { shape: { type: 'list-item', ordered: bullet === 'ordered' }, content: stripBullet(line) };
  if (line.startsWith('> ')) return { shape: { type: 'quote' }, content: line.slice(2) };
  return { shape: { type: 'paragraph' }, content: line };
}

export function lineToBlock(line: string): Block | null {
  const { shape, content } = shapeOf(line);
  const { text, spans } = parseInlineMarkup(content);
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const offset = text.indexOf(trimmed);
  const block: Block = { ...shape, text: trimmed };
  const kept = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start - offset), end: Math.min(trimmed.length, s.end - offset) }))
    .filter((s) => s.end > s.start);
  if (kept.length > 0) block.spans = kept;
  return block;
}
