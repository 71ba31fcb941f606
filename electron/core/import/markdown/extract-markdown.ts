// Extracts an article from Markdown with marked's lexer: the first "# " heading is the title, other
// headings, paragraphs, quotes and list items become blocks; pictures become image blocks (their
// description, as for HTML: the address is never kept). Raw HTML in the source is dropped.
import type { Block } from '../../../../shared/domain';
import { InlineTextBuilder, type BlockShape } from '../blocks/inline-text-builder';
import { marked, type MarkdownToken } from '../esm-packages';
import { appendInline } from './inline-tokens';

export interface ExtractedMarkdown {
  title: string | null;
  blocks: Block[];
}

type Item = { token: MarkdownToken; shape: BlockShape };

export function extractMarkdown(source: string): ExtractedMarkdown {
  let tokens: MarkdownToken[];
  try {
    tokens = marked.lexer(source);
  } catch (err) {
    // marked's lexer recurses on nesting; absurdly nested input (found by fuzzing) overflows the
    // stack. Such a file is still text: keep its paragraphs rather than reject it.
    if (err instanceof RangeError) return { title: null, blocks: plainParagraphs(source) };
    throw err;
  }
  const blocks: Block[] = [];
  let title: string | null = null;
  const builder = new InlineTextBuilder();
  // A stack (next item last) instead of recursion, for the same reason as in inline-tokens.
  const work: Item[] = tokens.map((token): Item => ({ token, shape: { type: 'paragraph' } })).reverse();
  while (work.length > 0) {
    const { token, shape } = work.pop()!;
    const t = token as MarkdownToken & { tokens?: MarkdownToken[]; items?: { tokens: MarkdownToken[] }[] };
    switch (token.type) {
      case 'heading': {
        appendInline(builder, t.tokens ?? []);
        const depth = (token as { depth: number }).depth;
        if (depth === 1 && title === null && blocks.length === 0) {
          title = builder.finish({ type: 'paragraph' })?.text ?? null;
          break;
        }
        push(blocks, builder.finish({ type: 'heading', level: Math.min(4, Math.max(2, depth)) }));
        break;
      }
      case 'paragraph':
      case 'text':
      case 'code': {
        // A picture inside a paragraph follows the paragraph's text (a block holds text only).
        const images: string[] = [];
        if (t.tokens) appendInline(builder, t.tokens, images);
        else builder.append((token as { text: string }).text);
        push(blocks, builder.finish(shape));
        for (const alt of images) blocks.push({ type: 'image', text: alt });
        break;
      }
      case 'blockquote':
        work.push(...(t.tokens ?? []).map((child): Item => ({ token: child, shape: { type: 'quote' } })).reverse());
        break;
      case 'list': {
        const ordered = (token as { ordered: boolean }).ordered;
        const items = (t.items ?? []).flatMap((item) => item.tokens.map((child): Item => ({ token: child, shape: { type: 'list-item', ordered } })));
        work.push(...items.reverse());
        break;
      }
      default:
        break; // space, hr, html, table, def: nothing a reader needs
    }
  }
  return { title, blocks };
}

function push(blocks: Block[], block: Block | null): void {
  if (block) blocks.push(block);
}

function plainParagraphs(source: string): Block[] {
  return source
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((text) => ({ type: 'paragraph' as const, text }));
}
