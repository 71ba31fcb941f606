// Compares 2..20 articles: shared claims, what only one says, quotes, entities, figures and dates.
// Pure and deterministic: the same articles in the same order give the same Comparison.
import type { Comparison } from '../../../shared/comparison';
import type { ComparableArticle } from './compare-doc';
import { compareInStages, type CompareOptions } from './compare-stages';
import { assembleComparison, type ComparisonPart } from './comparison-parts';

export type { CompareOptions } from './compare-stages';

export function compareArticles(articles: readonly ComparableArticle[], options: CompareOptions = {}): Comparison {
  const all: ComparisonPart = {};
  for (const part of compareInStages(articles, options)) Object.assign(all, part);
  return assembleComparison(all);
}
