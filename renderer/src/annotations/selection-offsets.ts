// Maps a DOM selection inside an article body to offsets in the canonical text. Each rendered
// block carries `data-offset` (its start) and `data-length`; its text content is exactly the
// block's text, so a boundary's offset is the block's start plus the text before it.
export interface TextOffsets {
  start: number;
  end: number;
}

const BLOCK_SELECTOR = '[data-offset]';

export function rangeToOffsets(range: Range, body: HTMLElement): TextOffsets | null {
  if (range.collapsed || !range.intersectsNode(body)) return null;
  const blocks = Array.from(body.querySelectorAll<HTMLElement>(BLOCK_SELECTOR));
  if (!blocks.length) return null;
  const start = boundaryOffset(range.startContainer, range.startOffset, body, blocks, 'start');
  const end = boundaryOffset(range.endContainer, range.endOffset, body, blocks, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

function boundaryOffset(node: Node, offset: number, body: HTMLElement, blocks: HTMLElement[], edge: 'start' | 'end'): number | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const block = element?.closest<HTMLElement>(BLOCK_SELECTOR);
  if (block && body.contains(block)) {
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(node, offset);
    return startOf(block) + Math.min(before.toString().length, lengthOf(block));
  }
  // Between blocks or outside the body: snap to the nearest block edge inside the selection.
  const point = document.createRange();
  point.setStart(node, offset);
  if (edge === 'start') {
    const next = blocks.find((b) => point.comparePoint(b, 0) >= 0);
    return next ? startOf(next) : null;
  }
  const previous = [...blocks].reverse().find((b) => point.comparePoint(b, b.childNodes.length) <= 0);
  return previous ? startOf(previous) + lengthOf(previous) : null;
}

const startOf = (block: HTMLElement) => Number(block.dataset.offset);
const lengthOf = (block: HTMLElement) => Number(block.dataset.length);
