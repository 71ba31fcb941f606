// Converts a sanitised article DOM into our blocks. Only text, structure and em/strong/link spans
// survive; scripts, frames, forms, media and event handlers are never read, so no raw HTML is kept.
import type { Block } from '../../../../shared/domain';
import { InlineTextBuilder, type BlockShape } from '../blocks/inline-text-builder';
import { attr, tagOf, TEXT_NODE, walkDom, type DomNode } from './dom-node';
import { isPageFurniture } from './page-furniture';

const SKIP = new Set(['script', 'style', 'noscript', 'iframe', 'frame', 'frameset', 'template', 'svg', 'math', 'nav', 'aside', 'form', 'button', 'select', 'textarea', 'input', 'object', 'embed', 'canvas', 'video', 'audio', 'figcaption', 'head', 'link', 'meta', 'title', 'footer', 'dialog']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'body', 'html', 'pre', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'figure', 'address', 'center', 'details', 'summary', 'hr']);
const EM = new Set(['em', 'i', 'cite', 'dfn']);
const STRONG = new Set(['strong', 'b']);
const STRUCTURE = new Set(['blockquote', 'ul', 'ol', 'li']);

function headingLevel(tag: string): number | null {
  const m = /^h([1-6])$/.exec(tag);
  return m ? Math.min(4, Math.max(2, Number(m[1]))) : null;
}

function resolveHref(href: string | null, base: string | null): string | undefined {
  if (!href) return undefined;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function domToBlocks(root: DomNode, baseUrl: string | null): Block[] {
  const blocks: Block[] = [];
  const builder = new InlineTextBuilder();
  const shapes: { node: DomNode; shape: BlockShape }[] = [];
  const openSpans = new Map<DomNode, { start: number; generation: number }>();
  let generation = 0;

  const currentShape = (): BlockShape => shapes[shapes.length - 1]?.shape ?? { type: 'paragraph' };
  const flush = () => {
    const block = builder.finish(currentShape());
    generation++;
    if (block) blocks.push(block);
  };
  const listOrdered = (): boolean => {
    for (let k = shapes.length - 1; k >= 0; k--) if (shapes[k]!.shape.ordered !== undefined) return shapes[k]!.shape.ordered!;
    return false;
  };

  walkDom(root, {
    enter(node) {
      if (node.nodeType === TEXT_NODE) {
        builder.append(node.data ?? node.textContent ?? '');
        return false;
      }
      const tag = tagOf(node);
      if (!tag || SKIP.has(tag) || attr(node, 'hidden') !== null || attr(node, 'aria-hidden') === 'true') return false;
      if (node !== root && isPageFurniture(node)) return false;
      if (tag === 'img') {
        // Pictures become a placeholder with their description; one without a description is
        // decoration (or a tracker) and is left out. The address is never kept.
        const alt = (attr(node, 'alt') ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
        if (alt) {
          flush();
          blocks.push({ type: 'image', text: alt });
        }
        return false;
      }
      if (tag === 'br') {
        flush();
        return false;
      }
      const level = headingLevel(tag);
      const structural = level !== null || BLOCK.has(tag) || STRUCTURE.has(tag);
      if (structural) flush();
      if (level !== null) shapes.push({ node, shape: { type: 'heading', level } });
      else if (tag === 'blockquote') shapes.push({ node, shape: { type: 'quote' } });
      else if (tag === 'ul' || tag === 'ol') shapes.push({ node, shape: { type: 'paragraph', ordered: tag === 'ol' } });
      else if (tag === 'li') shapes.push({ node, shape: { type: 'list-item', ordered: listOrdered() } });
      else if (!structural && (EM.has(tag) || STRONG.has(tag) || tag === 'a')) openSpans.set(node, { start: builder.length, generation });
      return true;
    },
    exit(node) {
      const span = openSpans.get(node);
      if (span) {
        openSpans.delete(node);
        if (span.generation !== generation) return; // a block boundary inside the span: drop it
        const tag = tagOf(node);
        if (tag === 'a') builder.mark('link', span.start, resolveHref(attr(node, 'href'), baseUrl));
        else builder.mark(EM.has(tag) ? 'em' : 'strong', span.start);
        return;
      }
      const tag = tagOf(node);
      if (headingLevel(tag) !== null || BLOCK.has(tag) || STRUCTURE.has(tag)) flush();
      if (shapes[shapes.length - 1]?.node === node) shapes.pop();
    },
  });
  flush();
  // A list wrapper's shape is only there to tell items their numbering; its loose text is a paragraph.
  return blocks.map((b) => (b.type === 'paragraph' && b.ordered !== undefined ? stripOrdered(b) : b));
}

function stripOrdered(block: Block): Block {
  const { ordered: _ordered, ...rest } = block;
  return rest;
}
