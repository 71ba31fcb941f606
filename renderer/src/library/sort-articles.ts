// Sorting the library list by a column. Unknown values always sink to the bottom, whichever the
// direction, so "newest first" never starts with a screenful of undated articles.
import type { ArticleSummary } from '../../../shared/domain';
import { displayTitle } from '../labels/article-labels';

export type SortKey = 'title' | 'outlet' | 'authors' | 'publishedAt' | 'wordCount';
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

export const defaultSort: SortOrder = { key: 'publishedAt', direction: 'descending' };

/** Clicking a new column starts with its natural direction; clicking again flips it. */
export function nextSort(current: SortOrder, key: SortKey): SortOrder {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  const newestFirst = key === 'publishedAt' || key === 'wordCount';
  return { key, direction: newestFirst ? 'descending' : 'ascending' };
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function sortValue(a: ArticleSummary, key: SortKey): string | number | null {
  switch (key) {
    case 'title':
      return displayTitle(a.title, a.sourceName);
    case 'outlet':
      return a.outlet;
    case 'authors':
      return a.authors[0] ?? null;
    case 'publishedAt':
      return a.publishedAt;
    case 'wordCount':
      return a.wordCount;
  }
}

export function sortArticles(articles: readonly ArticleSummary[], order: SortOrder): ArticleSummary[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...articles].sort((a, b) => {
    const x = sortValue(a, order.key);
    const y = sortValue(b, order.key);
    if (x === null || y === null) {
      if (x === y) return a.id - b.id;
      return x === null ? 1 : -1;
    }
    const byValue = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return byValue !== 0 ? sign * byValue : a.id - b.id;
  });
}
