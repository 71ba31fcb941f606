// Extracts an article from an HTML page: metadata from the head, main content via Readability,
// then our own blocks. Nothing of the page's markup, scripts or handlers is kept.
import type { Block } from '../../../../shared/domain';
import { linkedom } from '../esm-packages';
import type { RemovedLine } from '../types';
import type { DomDocument } from './dom-node';
import { domToBlocks } from './dom-to-blocks';
import { readHtmlMetadata, type HtmlMetadata } from './html-metadata';
import { dropFurnitureBlocks } from './page-furniture';
import { findReadableContent } from './readable-content';

export interface ExtractedHtml {
  metadata: HtmlMetadata;
  blocks: Block[];
  removed: RemovedLine[];
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

// linkedom makes a bare fragment ("<p>…</p>") the document element itself, with no body to read.
function asDocument(html: string): string {
  return /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
}

export function extractHtml(html: string): ExtractedHtml {
  const { document } = linkedom.parseHTML(asDocument(html)) as unknown as { document: DomDocument };
  const metadata = readHtmlMetadata(document);
  const content = findReadableContent(document);
  metadata.title ??= content.title;
  if (metadata.authors.length === 0 && content.byline) metadata.authors = [content.byline.replace(/^by\s+/i, '').trim()];
  const { blocks, removed } = dropFurnitureBlocks(domToBlocks(content.root, metadata.url));
  // The page's own <h1> usually repeats the title we already hold as metadata.
  const first = blocks[0];
  if (first && first.type === 'heading' && metadata.title && sameText(first.text, metadata.title)) {
    removed.push({ text: first.text, reason: 'title (moved to metadata)' });
    blocks.shift();
  }
  return { metadata, blocks, removed };
}
