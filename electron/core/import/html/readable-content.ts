// Finds the article's main content with Mozilla Readability, the same engine as Firefox Reader View.
// Readability recurses over the tree, so absurdly deep pages skip it and fall back to the whole body.
// Classes are kept: they tell page furniture (share bars, newsletter boxes…) from text.
import { Readability } from '@mozilla/readability';
import { nestsDeeperThan, type DomDocument, type DomNode } from './dom-node';

const MAX_READABILITY_DEPTH = 400;

export interface ReadableContent {
  root: DomNode;
  title: string | null;
  byline: string | null;
}

export function findReadableContent(document: DomDocument): ReadableContent {
  const body = document.body ?? document.documentElement;
  if (nestsDeeperThan(document.documentElement, MAX_READABILITY_DEPTH)) return { root: body, title: null, byline: null };
  try {
    const reader = new Readability(document as never, { serializer: (el: unknown) => el as DomNode, keepClasses: true });
    const article = reader.parse();
    if (article?.content && (article.textContent ?? '').trim() !== '') {
      return { root: article.content, title: article.title ?? null, byline: article.byline ?? null };
    }
  } catch {
    // Readability gives up on some malformed trees; the body is still worth reading.
  }
  return { root: body, title: null, byline: null };
}
