// The rendered text of an element as one string, and DOM Ranges for offsets in it. Text in
// different blocks (paragraphs, headings, list items) is kept apart by a line break so a match
// never runs from one block into the next. Inline elements (links, highlights) do not split words.

interface Segment {
  node: Text;
  start: number;
}

export interface RenderedText {
  text: string;
  segments: Segment[];
}

const BLOCK = /^(P|H[1-6]|LI|BLOCKQUOTE|DIV|UL|OL|PRE|FIGCAPTION|TD|TH)$/;

function blockOf(node: Node, root: Element): Element {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK.test(el.tagName)) el = el.parentElement;
  return el ?? root;
}

export function readRenderedText(root: Element): RenderedText {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const segments: Segment[] = [];
  let text = '';
  let lastBlock: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const t = node as Text;
    if (!t.data) continue;
    const block = blockOf(t, root);
    if (lastBlock && block !== lastBlock) text += '\n';
    lastBlock = block;
    segments.push({ node: t, start: text.length });
    text += t.data;
  }
  return { text, segments };
}

/** The segment holding offset `at` (for an end offset, the one it closes). */
function locate(segments: readonly Segment[], at: number, isEnd: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segments[mid]!;
    if (isEnd ? s.start < at : s.start <= at) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo];
  if (!seg) return null;
  return { node: seg.node, offset: Math.min(Math.max(at - seg.start, 0), seg.node.data.length) };
}

export function rangeFor(rendered: RenderedText, start: number, end: number): Range | null {
  const a = locate(rendered.segments, start, false);
  const b = locate(rendered.segments, end, true);
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
