// The labelled evaluation: ranking related coverage with combined evidence against a plain TF-IDF
// cosine, on synthetic events that share people and stock background, plus the sample corpus.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentStems } from '../compare/words';
import { documentFeatures, featureKeys, type DocumentFeatures } from './document-vector';
import { labelledSampleArticles, syntheticArticles, type LabelledArticle } from './fixtures/synthetic-events';
import { cosine, relatedness } from './relatedness';
import { countsOf, plainTfIdf, weighDocument } from './weighted-document';

type Ranker = (query: number) => number[];

function rankers(articles: LabelledArticle[]): { ours: Ranker; baseline: Ranker } {
  const features: DocumentFeatures[] = articles.map((a) => documentFeatures(a));
  const counts = countsOf(features, featureKeys);
  const weighted = articles.map((a, i) => weighDocument(a.id, features[i]!, counts));
  const plain = articles.map((a) => plainTfIdf(contentStems(`${a.title}\n\n${a.text}`), counts));
  const rank = (score: (i: number, j: number) => number) => (q: number) =>
    articles
      .map((_, j) => j)
      .filter((j) => j !== q)
      .sort((x, y) => score(q, y) - score(q, x) || x - y);
  return {
    ours: rank((i, j) => relatedness(weighted[i]!, weighted[j]!).score),
    baseline: rank((i, j) => cosine(plain[i]!, plain[j]!)),
  };
}

/** Mean precision at R (R = the query's number of same-event articles) over queries with R ≥ 1. */
function rPrecision(articles: LabelledArticle[], ranker: Ranker): number {
  const scores: number[] = [];
  articles.forEach((a, q) => {
    const relevant = articles.filter((b, j) => j !== q && b.event === a.event).length;
    if (!relevant) return;
    const top = ranker(q).slice(0, relevant);
    scores.push(top.filter((j) => articles[j]!.event === a.event).length / relevant);
  });
  return scores.reduce((s, x) => s + x, 0) / scores.length;
}

export function evaluate(): { ours: number; baseline: number; oursMustNotMerge: number; baselineMustNotMerge: number } {
  const articles = [...syntheticArticles(), ...labelledSampleArticles()];
  const { ours, baseline } = rankers(articles);
  // The must-not-merge queries: events whose reports share the people and background with others.
  const mustNotMerge = articles.filter((a) => a.event === 'birthday-call-2022' || a.event === 'samarkand-2022');
  const restricted = (r: Ranker) => {
    const scores = mustNotMerge.map((a) => {
      const q = articles.indexOf(a);
      const relevant = articles.filter((b) => b !== a && b.event === a.event).length;
      return r(q).slice(0, relevant).filter((j) => articles[j]!.event === a.event).length / relevant;
    });
    return scores.reduce((s, x) => s + x, 0) / scores.length;
  };
  return { ours: rPrecision(articles, ours), baseline: rPrecision(articles, baseline), oursMustNotMerge: restricted(ours), baselineMustNotMerge: restricted(baseline) };
}

test('combined evidence ranks same-event coverage at least as well as TF-IDF, and better where people are shared', () => {
  const r = evaluate();
  console.log(`R-precision: ours ${r.ours.toFixed(3)}, baseline ${r.baseline.toFixed(3)}; must-not-merge: ours ${r.oursMustNotMerge.toFixed(3)}, baseline ${r.baselineMustNotMerge.toFixed(3)}`);
  assert.ok(r.ours >= r.baseline, `ours ${r.ours} < baseline ${r.baseline}`);
  assert.ok(r.oursMustNotMerge > r.baselineMustNotMerge, `must-not-merge: ours ${r.oursMustNotMerge} ≤ baseline ${r.baselineMustNotMerge}`);
});
