// A comparison in parts, as its stages complete them, and the whole assembled from them. Light on
// purpose: the thread that polls jobs imports this, never the NLP libraries the stages load.
import type { Comparison } from '../../../shared/comparison';

/** Some sections of a Comparison, as one stage completes them. */
export type ComparisonPart = Partial<Comparison>;

/** The sections in the order the Comparison JSON has always listed them. */
export function assembleComparison(part: ComparisonPart): Comparison {
  const missing = COMPARISON_KEYS.filter((k) => part[k] === undefined);
  if (missing.length) throw new Error(`comparison incomplete: ${missing.join(', ')}`);
  return {
    articles: part.articles!,
    sharedClaims: part.sharedClaims!,
    uniqueStatements: part.uniqueStatements!,
    quotes: part.quotes!,
    entities: part.entities!,
    figures: part.figures!,
    figureDiscrepancies: part.figureDiscrepancies!,
    timeline: part.timeline!,
    coverage: part.coverage!,
  };
}

const COMPARISON_KEYS = ['articles', 'sharedClaims', 'uniqueStatements', 'quotes', 'entities', 'figures', 'figureDiscrepancies', 'timeline', 'coverage'] as const;
