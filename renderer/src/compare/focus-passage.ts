// Takes the reader to a finding: scrolls each involved column to its passage and paints the
// passage for a few seconds, without touching the columns' own highlight rendering.
import type { Passage } from '../../../shared/comparison';

const HIGHLIGHT_NAME = 'parallax-compare';
/** Set on each painted block so tests (and the fallback style) can see the focus. */
export const FOCUS_ATTRIBUTE = 'data-compare-focus';
const FALLBACK_CLASS = 'compare-flash';
const FLASH_MS = 5000;

let clearTimer: number | undefined;

interface TextPoint {
  node: Text;
  offset: number;
  block: HTMLElement;
}

/** Focuses the passages that are open in a column; returns how many columns showed one. */
export function focusPassages(passages: readonly Passage[]): number {
  clearPassageFocus();
  const ranges: Range[] = [];
  const blocks = new Set<HTMLElement>();
  const firstInColumn = new Map<number, { column: HTMLElement; range: Range; block: HTMLElement }>();
  for (const passage of passages) {
    const column = findColumn(passage.articleId);
    const body = column?.querySelector<HTMLElement>('[data-testid="article-body"]');
    if (!column || !body) continue;
    const range = rangeFor(body, passage.start, passage.end);
    if (!range) continue;
    ranges.push(range.range);
    range.blocks.forEach((b) => blocks.add(b));
    if (!firstInColumn.has(passage.articleId)) firstInColumn.set(passage.articleId, { column, range: range.range, block: range.blocks[0]! });
  }
  if (ranges.length === 0) return 0;
  blocks.forEach((block) => block.setAttribute(FOCUS_ATTRIBUTE, 'true'));
  paint(ranges, blocks);
  firstInColumn.forEach(({ column, range, block }) => centreInColumn(column, block, range));
  revealColumns([...firstInColumn.values()].map((f) => f.column));
  clearTimer = window.setTimeout(clearPassageFocus, FLASH_MS);
  return firstInColumn.size;
}

export function clearPassageFocus(): void {
  window.clearTimeout(clearTimer);
  if (supportsHighlights()) CSS.highlights.delete(HIGHLIGHT_NAME);
  document.querySelectorAll(`[${FOCUS_ATTRIBUTE}]`).forEach((el) => {
    el.removeAttribute(FOCUS_ATTRIBUTE);
    el.classList.remove(FALLBACK_CLASS);
  });
}

function findColumn(articleId: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-testid="reader-column"][data-article-id="${articleId}"]`);
}

function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function paint(ranges: Range[], blocks: Set<HTMLElement>): void {
  if (supportsHighlights()) CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
  else blocks.forEach((block) => block.classList.add(FALLBACK_CLASS));
}

/** A DOM range over canonical offsets [start, end), and the blocks it touches. */
export function rangeFor(body: HTMLElement, start: number, end: number): { range: Range; blocks: HTMLElement[] } | null {
  const blocks = Array.from(body.querySelectorAll<HTMLElement>('[data-offset]'));
  const from = pointAt(blocks, start, false);
  const to = pointAt(blocks, Math.max(start, end), true);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const touched = blocks.filter((b) => b === from.block || b === to.block || range.intersectsNode(b));
  return { range, blocks: touched };
}

/**
 * The text node and offset at a canonical offset. An end offset may sit at a block's very end;
 * a start offset belongs to the block that contains it. Offsets in the "\n\n" between blocks
 * snap forward (start) or back (end) to the nearest block edge.
 */
function pointAt(blocks: HTMLElement[], offset: number, isEnd: boolean): TextPoint | null {
  const spans = blocks.map((block) => ({ block, start: Number(block.dataset.offset), length: Number(block.dataset.length) }));
  let hit = spans.find((s) => (isEnd ? offset > s.start && offset <= s.start + s.length : offset >= s.start && offset < s.start + s.length));
  let within = hit ? offset - hit.start : 0;
  if (!hit) {
    hit = isEnd ? [...spans].reverse().find((s) => s.start + s.length <= offset) : spans.find((s) => s.start >= offset);
    if (!hit) return null;
    within = isEnd ? hit.length : 0;
  }
  return textPointIn(hit.block, within, isEnd);
}

// Inline spans and highlight marks split a block's text into several nodes; walk them in order.
function textPointIn(block: HTMLElement, within: number, isEnd: boolean): TextPoint | null {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let remaining = within;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (isEnd ? remaining <= length : remaining < length) return { node, offset: remaining, block };
    remaining -= length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length, block } : null;
}

function nearestScroller(el: HTMLElement, stop: HTMLElement): HTMLElement | null {
  for (let node = el.parentElement; node && node !== stop; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

// Scrolls each column's own container rather than calling scrollIntoView on several elements
// at once, which would fight over the shared ancestors and leave some columns unscrolled.
function centreInColumn(column: HTMLElement, block: HTMLElement, range: Range): void {
  const behavior: ScrollBehavior = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  const scroller = nearestScroller(block, column);
  if (!scroller) {
    block.scrollIntoView({ block: 'center', behavior });
    return;
  }
  const box = scroller.getBoundingClientRect();
  const blockRect = block.getBoundingClientRect();
  // A long paragraph is centred on the passage itself, so the painted words land on screen.
  const target = blockRect.height > box.height * 0.8 ? range.getBoundingClientRect() : blockRect;
  const top = scroller.scrollTop + (target.top - box.top) - (box.height - target.height) / 2;
  scroller.scrollTo({ top: Math.max(0, top), behavior });
}

// With the library and this pane open, some columns may sit outside the reading area's
// horizontal scroll; bring the involved ones into view (all of them when they fit, else the first).
function revealColumns(columns: HTMLElement[]): void {
  const area = columns[0]?.parentElement;
  if (!area || area.scrollWidth <= area.clientWidth) return;
  const origin = area.getBoundingClientRect().left - area.scrollLeft;
  const boxes = columns.map((c) => c.getBoundingClientRect());
  const left = Math.min(...boxes.map((b) => b.left - origin));
  const right = Math.max(...boxes.map((b) => b.right - origin));
  const view = area.clientWidth;
  let target = area.scrollLeft;
  if (right - left > view || left < target) target = left;
  else if (right > target + view) target = right - view;
  if (target !== area.scrollLeft) area.scrollTo({ left: target, behavior: 'smooth' });
}
