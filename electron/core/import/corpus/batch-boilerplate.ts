// Corpus-level cleaning: a line that recurs in three or more articles of one outlet within an import
// batch is the site's furniture ("Sign up for our morning briefing"), not reporting. It is learned from
// the batch and removed. Long paragraphs, and any cut that would gut an article, are left alone.
import type { Block } from '../../../../shared/domain';
import { countWords } from '../../../../shared/text';
import type { ExtractedArticle } from '../types';

/** Articles of one group that must share a line before it counts as boilerplate. */
export const MIN_ARTICLES = 3;
/** Furniture is a short line; a repeated long paragraph is a real quote or a recap, kept. */
const MAX_BOILERPLATE_WORDS = 30;
/** Never take more than this share of an article's words. */
const MAX_REMOVED_SHARE = 0.3;

function lineKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
}

function isCandidate(block: Block): boolean {
  const words = countWords(block.text);
  return words > 0 && words <= MAX_BOILERPLATE_WORDS;
}

/** Which articles compare with which: the same outlet (or site), else the caller's batch group. */
export function boilerplateGroup(article: ExtractedArticle, fallback: string): string {
  const m = article.metadata;
  const site = m.outlet ?? (m.url ? safeHost(m.url) : null);
  return site ? `outlet:${site.toLowerCase()}` : `batch:${fallback}`;
}

export class BatchBoilerplate {
  /** group → line key → number of articles holding it. */
  private readonly counts = new Map<string, Map<string, number>>();

  /** Counts an article's short lines (each once per article). */
  observe(group: string, article: ExtractedArticle): void {
    let lines = this.counts.get(group);
    if (!lines) this.counts.set(group, (lines = new Map()));
    const keys = new Set(article.blocks.filter(isCandidate).map((b) => lineKey(b.text)));
    for (const key of keys) if (key) lines.set(key, (lines.get(key) ?? 0) + 1);
  }

  /** The article without lines learned as boilerplate for its group; unchanged when nothing applies. */
  clean(group: string, article: ExtractedArticle): ExtractedArticle {
    const lines = this.counts.get(group);
    if (!lines) return article;
    const seenIn = (b: Block) => (isCandidate(b) ? (lines.get(lineKey(b.text)) ?? 0) : 0);
    const drop = article.blocks.filter((b) => seenIn(b) >= MIN_ARTICLES);
    if (drop.length === 0) return article;
    const total = countWords(article.blocks.map((b) => b.text).join(' '));
    const cut = countWords(drop.map((b) => b.text).join(' '));
    if (cut > total * MAX_REMOVED_SHARE) return article;
    const dropped = new Set(drop);
    return {
      ...article,
      blocks: article.blocks.filter((b) => !dropped.has(b)),
      removed: [...article.removed, ...drop.map((b) => ({ text: b.text, reason: `repeated in ${seenIn(b)} articles of this import (site boilerplate)` }))],
    };
  }
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
