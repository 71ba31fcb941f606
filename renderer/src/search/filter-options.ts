// The values the filter chips offer, taken from the library itself: outlets, authors and
// languages with how many articles carry each, most common first.
import type { ArticleSummary } from '../../../shared/domain';

export interface FilterOption {
  value: string;
  count: number;
}

function tally(values: Iterable<string>): FilterOption[] {
  const counts = new Map<string, FilterOption>();
  for (const raw of values) {
    const value = raw.trim();
    if (!value) continue;
    const key = value.toLowerCase();
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { value, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export function filterOptions(articles: readonly ArticleSummary[]) {
  return {
    outlets: tally(articles.flatMap((a) => (a.outlet ? [a.outlet] : []))),
    authors: tally(articles.flatMap((a) => a.authors)),
    languages: tally(articles.flatMap((a) => (a.language ? [a.language.split('-')[0]!.toLowerCase()] : []))),
  };
}
