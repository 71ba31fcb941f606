import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentFeatures, featureKeys } from './document-vector';
import { labelledSampleArticles, syntheticArticles } from './fixtures/synthetic-events';
import { StoryPool, assignArticles } from './story-clustering';
import { countsOf, weighDocument } from './weighted-document';

function group(articles = [...syntheticArticles(), ...labelledSampleArticles()]) {
  const features = articles.map((a) => documentFeatures(a));
  const counts = countsOf(features, featureKeys);
  const docs = articles.map((a, i) => weighDocument(a.id, features[i]!, counts));
  const pool = new StoryPool();
  const placed = assignArticles(pool, docs);
  return { articles, docs, pool, storyOf: (id: number) => placed.get(id)!.id };
}

test('synthetic events become one story each; events with the same people never merge', () => {
  const { articles, storyOf } = group();
  const synthetic = articles.filter((a) => a.id >= 100);
  for (const a of synthetic) {
    for (const b of synthetic) {
      if (a.id >= b.id) continue;
      if (a.event === b.event) assert.equal(storyOf(a.id), storyOf(b.id), `${a.id} and ${b.id} (${a.event}) should share a story`);
      else assert.notEqual(storyOf(a.id), storyOf(b.id), `${a.id} (${a.event}) and ${b.id} (${b.event}) must not merge`);
    }
  }
});

test('sample articles of different events stay apart, and none joins a synthetic event it does not report', () => {
  const { articles, storyOf } = group();
  const samples = articles.filter((a) => a.id < 100);
  for (const s of samples) {
    for (const other of articles) {
      if (other.id === s.id || other.event === s.event) continue;
      assert.notEqual(storyOf(s.id), storyOf(other.id), `sample ${s.id} (${s.event}) merged with ${other.id} (${other.event})`);
    }
  }
});

test('grouping is deterministic whatever order the articles come in', () => {
  const a = group();
  const b = group([...a.articles].reverse());
  const partition = (g: ReturnType<typeof group>) =>
    g.pool.stories.map((s) => [...s.members].sort((x, y) => x - y).join(',')).sort();
  assert.deepEqual(partition(a), partition(b));
});
