// Appends marked's inline tokens to a block builder: text as text, emphasis and links as spans.
// Images are handed back as their description (never their address); raw HTML and footnote markup
// are dropped; code keeps its text.
import { InlineTextBuilder } from '../blocks/inline-text-builder';
import type { MarkdownToken } from '../esm-packages';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e);
}

// Raw HTML that marked could not parse as a tag (e.g. `<img src=x onerror=alert('a b')>`) and image
// syntax it could not parse come through as text; neither is prose, and both would show as markup.
const LOOSE_TAG = /<\/?[a-zA-Z][\w:-]*(?:\s[^<>]*)?\/?>/g;
const LOOSE_IMAGE = /!\[[^\]\n]*\]\([^\n]*?\)+/g;

function stripLooseMarkup(text: string): string {
  return text.replace(LOOSE_TAG, '').replace(LOOSE_IMAGE, '');
}

/** Appends `tokens`; the description of each picture among them is added to `images`, if given. */
export function appendInline(builder: InlineTextBuilder, tokens: readonly MarkdownToken[], images?: string[]): void {
  // An explicit stack rather than recursion: emphasis can nest arbitrarily deep in hostile input.
  const stack: { tokens: readonly MarkdownToken[]; index: number; close?: () => void }[] = [{ tokens, index: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const token = frame.tokens[frame.index++];
    if (!token) {
      frame.close?.();
      stack.pop();
      continue;
    }
    const children = 'tokens' in token && Array.isArray(token.tokens) ? (token.tokens as MarkdownToken[]) : null;
    const start = builder.length;
    switch (token.type) {
      case 'strong':
      case 'em':
        stack.push({ tokens: children ?? [], index: 0, close: () => builder.mark(token.type as 'em' | 'strong', start) });
        break;
      case 'link':
        stack.push({ tokens: children ?? [], index: 0, close: () => builder.mark('link', start, (token as { href?: string }).href) });
        break;
      case 'br':
        builder.append(' ');
        break;
      case 'image': {
        const alt = decodeEntities((token as { text?: string }).text ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
        if (alt) images?.push(alt);
        break;
      }
      case 'html':
        break;
      default:
        if (children) stack.push({ tokens: children, index: 0 });
        else if ('text' in token && typeof token.text === 'string') builder.append(decodeEntities(token.type === 'text' ? stripLooseMarkup(token.text) : token.text));
    }
  }
}
