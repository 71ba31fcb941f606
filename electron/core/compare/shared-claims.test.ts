import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareArticles } from './compare-articles';
import { toCompareDoc } from './compare-doc';
import { articleOf, loadSampleArticles } from './fixtures/sample-articles';
import { CLAIM_MIN_SCORE, CLAIM_MIN_SHARED_RARE, clusterClaims, toSharedClaims } from './shared-claims';
import { buildSentenceVectors, findSimilarPairs } from './similarity';

function claimsOf(articles: ReturnType<typeof articleOf>[]) {
  const docs = articles.map(toCompareDoc);
  const sentences = docs.flatMap((d) => d.sentences);
  const pairs = findSimilarPairs(buildSentenceVectors(sentences), CLAIM_MIN_SCORE, { minSharedRare: CLAIM_MIN_SHARED_RARE });
  return toSharedClaims(clusterClaims(sentences, pairs), sentences, docs.map((d) => d.id));
}

test('one claim in three outlets becomes one cluster with one wording per outlet', () => {
  const claims = claimsOf([
    articleOf(1, ['The ministers agreed a ceasefire in Gaza on Tuesday. The weather was mild.']),
    articleOf(2, ['A ceasefire in Gaza was agreed by the ministers on Tuesday. Markets rose.']),
    articleOf(3, ['On Tuesday the ministers agreed to a Gaza ceasefire. A museum opened.']),
  ]);
  assert.equal(claims.length, 1);
  assert.deepEqual(claims[0]!.articleIds, [1, 2, 3]);
  assert.ok(claims[0]!.wordings.every((w) => /ceasefire/i.test(w.text)));
});

test('unrelated sentences about the same country do not make a claim', () => {
  const claims = claimsOf([
    articleOf(1, ['China opened a new museum of modern art in Shanghai.']),
    articleOf(2, ['China’s football team lost a friendly match against Brazil.']),
  ]);
  assert.deepEqual(claims, []);
});

test('sample corpus: the 37th Xi–Putin video meeting and the Crimea annexation are shared claims', () => {
  const c = compareArticles(loadSampleArticles());
  const has = (ids: number[], re: RegExp) =>
    c.sharedClaims.some((k) => ids.every((id) => k.articleIds.includes(id)) && k.wordings.every((w) => re.test(w.text)));
  assert.ok(has([1, 3], /37th/), 'the 37th meeting of the two leaders since 2013 (articles 1 and 3)');
  assert.ok(has([1, 4], /recogni[sz]ed .*annexation/), 'China never recognised the annexation of Crimea (1 and 4)');
  assert.ok(has([1, 5], /solidarity/), 'a show of solidarity among autocrats against Western pressure (1 and 5)');
  assert.ok(has([1, 4], /Winter Olympic/), 'the Beijing Winter Olympics, which Putin attends (1 and 4)');
  // The two leaders' 37th meeting is one claim, not a claim per pair of outlets.
  assert.equal(c.sharedClaims.filter((k) => k.wordings.some((w) => /37th/.test(w.text))).length, 1);
  // Every wording of a claim names something its partner names too: a person, place or number.
  const anchors = (t: string) => new Set(t.match(/\b(?:\p{Lu}\p{L}+|\d+\w*)/gu)?.filter((w) => !/^(The|A|An|But|And|On|In|With|Whereas|Each|No|Under|According|Neither)$/.test(w)) ?? []);
  for (const k of c.sharedClaims) {
    const [first, ...rest] = k.wordings.map((w) => anchors(w.text));
    for (const other of rest) assert.ok([...first!].some((w) => other.has(w)), `claim ${k.id} wordings share a name or number`);
  }
  // Strongest first, and each wording points at its text.
  const docs = new Map(loadSampleArticles().map((a) => [a.id, toCompareDoc(a)]));
  for (const k of c.sharedClaims) for (const w of k.wordings) assert.equal(docs.get(w.articleId)!.text.slice(w.start, w.end), w.text);
  const strengths = c.sharedClaims.filter((k) => k.articleIds.length === 2).map((k) => k.strength);
  assert.deepEqual(strengths, [...strengths].sort((a, b) => b - a));
});
