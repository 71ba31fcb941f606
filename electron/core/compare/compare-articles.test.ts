import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Comparison } from '../../../shared/comparison';
import { compareArticles } from './compare-articles';
import { toCompareDoc } from './compare-doc';
import { loadSampleArticles } from './fixtures/sample-articles';

test('sample corpus: a valid Comparison whose passages all point into the canonical texts', () => {
  const articles = loadSampleArticles();
  const c = Comparison.parse(compareArticles(articles));
  const docs = new Map(articles.map((a) => [a.id, toCompareDoc(a)]));
  const passages = [
    ...c.sharedClaims.flatMap((x) => x.wordings),
    ...c.uniqueStatements.flatMap((x) => x.statements),
    ...c.quotes.flatMap((q) => q.instances.map((i) => i.passage)),
    ...c.entities.flatMap((e) => e.mentions.flatMap((m) => m.passages)),
    ...c.figures.map((f) => f.passage),
    ...c.timeline.flatMap((t) => t.passages),
  ];
  assert.ok(passages.length > 300);
  for (const p of passages) {
    const doc = docs.get(p.articleId)!;
    assert.equal(doc.text.slice(p.start, p.end), p.text);
    const block = articles.find((a) => a.id === p.articleId)!.blocks[p.blockIndex]!;
    assert.ok(block.text.includes(p.text), 'passage lies in its block');
  }
  assert.deepEqual(c.articles.map((a) => a.id), [1, 2, 3, 4, 5]);
  for (const v of c.coverage) assert.ok(v.shared + v.unique <= v.sentences);
});

test('deterministic: the same input gives the same output', () => {
  const articles = loadSampleArticles();
  assert.deepEqual(JSON.stringify(compareArticles(articles)), JSON.stringify(compareArticles(articles)));
});
