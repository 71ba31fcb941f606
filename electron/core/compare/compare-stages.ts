// The comparison as a sequence of stages, cheapest first, each yielding the sections it completes,
// so a caller can show partial results (the worker streams them) or merge them all at once.
import type { ArticleCoverage, Comparison } from '../../../shared/comparison';
import { toCompareDoc, type ComparableArticle, type CompareDoc } from './compare-doc';
import { findFigureDiscrepancies, findFigures } from './figures';
import type { FoundQuote } from './quotes';
import { CLAIM_MIN_SCORE, CLAIM_MIN_SHARED_RARE, clusterClaims, round, toSharedClaims } from './shared-claims';
import { buildSentenceVectors, findSimilarPairs, type LibraryFrequencies } from './similarity';
import { ECHO_MIN_SCORE, findUniqueStatements } from './unique-statements';
import type { ComparisonPart } from './comparison-parts';
import { foldCase } from './words';

// Loaded when their stage first runs, so a fresh worker sends figures and shared claims without
// waiting for chrono-node (dates) and compromise (names) to load.
const timelineModule = () => require('./timeline') as typeof import('./timeline');
const entitiesModule = () => require('./entities') as typeof import('./entities');
const quotesModule = () => require('./quotes') as typeof import('./quotes');

export interface CompareOptions {
  /** Document frequencies from the whole library, to weigh terms beyond the compared set. */
  library?: LibraryFrequencies;
}

/** Yields `articles` first, then figures, shared claims, unique statements, the timeline, entities, quotes, coverage. */
export function* compareInStages(articles: readonly ComparableArticle[], options: CompareOptions = {}): Generator<ComparisonPart> {
  const docs = articles.map(toCompareDoc);
  const order = docs.map((d) => d.id);
  yield {
    articles: docs.map((d: CompareDoc) => ({ id: d.id, title: d.title, outlet: d.outlet, publishedAt: d.publishedAt, sentenceCount: d.sentences.length })),
  };

  const figures = docs.flatMap(findFigures);
  yield { figures, figureDiscrepancies: findFigureDiscrepancies(figures, order) };
  const sentences = docs.flatMap((d) => d.sentences);
  const vectors = buildSentenceVectors(sentences, options.library);
  const claimPairs = findSimilarPairs(vectors, CLAIM_MIN_SCORE, { minSharedRare: CLAIM_MIN_SHARED_RARE });
  const clusters = clusterClaims(sentences, claimPairs);
  const shared = new Set(clusters.flatMap((c) => c.members));
  yield { sharedClaims: toSharedClaims(clusters, sentences, order) };
  const echoPairs = findSimilarPairs(vectors, ECHO_MIN_SCORE);
  const uniqueStatements = findUniqueStatements(sentences, vectors, echoPairs, shared, order);
  yield { uniqueStatements };
  yield { timeline: timelineModule().buildTimeline(docs) };

  const entities = entitiesModule().findEntities(docs);
  yield { entities };

  const speakers = speakerDirectory(entities);
  const { clusterQuotes, findQuotes } = quotesModule();
  const found = docs.flatMap((d) =>
    findQuotes(d, {
      isPerson: (name) => speakers.has(foldCase(name)),
      resolveSpeaker: (name) => speakers.get(foldCase(name)) ?? name,
    }),
  );
  yield { quotes: clusterQuotes(found, docs) };

  yield { coverage: coverageOf(docs, shared, uniqueStatements, found) };
}

function coverageOf(docs: readonly CompareDoc[], shared: ReadonlySet<number>, uniqueStatements: Comparison['uniqueStatements'], found: readonly FoundQuote[]): ArticleCoverage[] {
  const sentences = docs.flatMap((d) => d.sentences);
  return docs.map((doc): ArticleCoverage => {
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
