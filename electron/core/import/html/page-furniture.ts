// What news sites put around and inside an article that is not its text: share bars, newsletter and
// subscription boxes, related links, bylines and kickers, ad slots, tags, comments (by the class or id
// sites give them), and the short lines Readability keeps: "Advertisement", "Photo: …", "Read also: …".
import type { Block } from '../../../../shared/domain';
import type { RemovedLine } from '../types';
import { attr, type DomNode } from './dom-node';

// A class or id names furniture when one of its hyphen/underscore-separated parts (or part pairs) is
// one of these: "share-bar", "social-share", "newsletter-signup", "jp-relatedposts", "ad-inarticle".
const FURNITURE_PART =
  /^(?:[a-z0-9]+[-_])*(?:newsletter|share|sharing|social|sharedaddy|related|relatedposts|byline|kicker|breadcrumbs?|paywall|promo|advert|advertisement|ads?|tags|comments?|comentarii|author[-_](?:box|bio|line)|post[-_](?:meta|info)|entry[-_]meta|caption[-_]text|teaser[-_]box|signup|subscribe)(?:[-_][a-z0-9]+)*$/i;

/** An element of the article that holds page furniture rather than text. */
export function isPageFurniture(node: DomNode): boolean {
  const names = `${attr(node, 'class') ?? ''} ${attr(node, 'id') ?? ''}`.trim();
  return names !== '' && names.split(/\s+/).some((name) => FURNITURE_PART.test(name));
}

const AD_LABEL = /^(?:advertisement|advertising|ad|anzeige|werbung|publicitate|reclamă|publicité|pubblicità|publicidad|reklama|sponsored)$/i;
const CREDIT = /^(?:photo|photograph|picture|image|foto|fotografie|bild|sursa foto|crédit photo|credit|source photo)s?\s*:\s*\S/i;
const READ_ALSO = /^(?:read (?:also|more)|see also|related|more on this|citește și|citeste si|vezi și|à lire aussi|lire aussi|lesen sie auch|mehr zum thema|lee también|leer también|leggi anche)\s*:/i;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function furnitureReason(block: Block): string | null {
  if (block.type === 'image' || block.type === 'heading') return null;
  const text = block.text.trim();
  if (AD_LABEL.test(text)) return 'advertisement';
  if (CREDIT.test(text) && wordCount(text) <= 15) return 'photo credit';
  if (READ_ALSO.test(text) && wordCount(text) <= 25) return 'link to another article';
  return null;
}

/** The blocks without furniture lines, and what was dropped (with the reason). */
export function dropFurnitureBlocks(blocks: readonly Block[]): { blocks: Block[]; removed: RemovedLine[] } {
  const kept: Block[] = [];
  const removed: RemovedLine[] = [];
  for (const block of blocks) {
    const reason = furnitureReason(block);
    if (reason) removed.push({ text: block.text, reason });
    else kept.push(block);
  }
  return { blocks: kept, removed };
}
