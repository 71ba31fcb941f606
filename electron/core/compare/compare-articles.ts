// Compares 2..20 articles: shared claims, what only one says, quotes, entities, figures and dates.
// Pure and deterministic: the same articles in the same order give the same Comparison.
import type { ArticleCoverage, Comparison } from '../../../shared/comparison';
import { toCompareDoc, type ComparableArticle, type CompareDoc } from './compare-doc';
import { findEntities } from './entities';
import { findFigureDiscrepancies, findFigures } from './figures';
import { clusterQuotes, findQuotes } from './quotes';
import { CLAIM_MIN_SCORE, CLAIM_MIN_SHARED_RARE, clusterClaims, round, toSharedClaims } from './shared-claims';
import { buildSentenceVectors, findSimilarPairs, type LibraryFrequencies } from './similarity';
import { buildTimeline } from './timeline';
import { ECHO_MIN_SCORE, findUniqueStatements } from './unique-statements';
import { foldCase } from './words';

export interface CompareOptions {
  /** Document frequencies from the whole library, to weigh terms beyond the compared set. */
  library?: LibraryFrequencies;
}

export function compareArticles(articles: readonly ComparableArticle[], options: CompareOptions = {}): Comparison {
  const docs = articles.map(toCompareDoc);
  const order = docs.map((d) => d.id);
  const sentences = docs.flatMap((d) => d.sentences);
  const vectors = buildSentenceVectors(sentences, options.library);

  const claimPairs = findSimilarPairs(vectors, CLAIM_MIN_SCORE, { minSharedRare: CLAIM_MIN_SHARED_RARE });
  const clusters = clusterClaims(sentences, claimPairs);
  const sharedClaims = toSharedClaims(clusters, sentences, order);
  const shared = new Set(clusters.flatMap((c) => c.members));
  const echoPairs = findSimilarPairs(vectors, ECHO_MIN_SCORE);
  const uniqueStatements = findUniqueStatements(sentences, vectors, echoPairs, shared, order);

  const entities = findEntities(docs);
  const speakers = speakerDirectory(entities);
  const found = docs.flatMap((d) =>
    findQuotes(d, {
      isPerson: (name) => speakers.has(foldCase(name)),
      resolveSpeaker: (name) => speakers.get(foldCase(name)) ?? name,
    }),
  );
  const quotes = clusterQuotes(found, docs);

  const figures = docs.flatMap(findFigures);
  const figureDiscrepancies = findFigureDiscrepancies(figures, order);
  const timeline = buildTimeline(docs);

  const coverage = docs.map((doc): ArticleCoverage => {
    const mine = sentences.map((s, i) => ({ s, i })).filter(({ s }) => s.articleId === doc.id);
    const uniqueStarts = new Set(uniqueStatements.find((u) => u.articleId === doc.id)!.statements.map((p) => p.start));
    const quoteSpans = found.filter((q) => q.articleId === doc.id);
    const n = mine.length;
    const sharedCount = mine.filter(({ i }) => shared.has(i)).length;
    const uniqueCount = mine.filter(({ s }) => uniqueStarts.has(s.start)).length;
    const quotedCount = mine.filter(({ s }) => quoteSpans.some((q) => q.start < s.end && q.end > s.start)).length;
    return {
      articleId: doc.id,
      sentences: n,
      shared: sharedCount,
      unique: uniqueCount,
      quoted: quotedCount,
      sharedShare: n ? round(sharedCount / n) : 0,
      uniqueShare: n ? round(uniqueCount / n) : 0,
      quotedShare: n ? round(quotedCount / n) : 0,
    };
  });

  return {
    articles: docs.map((d: CompareDoc) => ({ id: d.id, title: d.title, outlet: d.outlet, publishedAt: d.publishedAt, sentenceCount: d.sentences.length })),
    sharedClaims,
    uniqueStatements,
    quotes,
    entities,
    figures,
    figureDiscrepancies,
    timeline,
    coverage,
  };
}

/** Every spelling of every person (canonical name and aliases) → the canonical name. */
function speakerDirectory(entities: Comparison['entities']): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    for (const form of [e.name, ...e.aliases]) map.set(foldCase(form.replace(/[’']s$/u, '')), e.name);
  }
  return map;
}
