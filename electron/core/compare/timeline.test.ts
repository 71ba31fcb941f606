import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareArticles } from './compare-articles';
import { toCompareDoc } from './compare-doc';
import { articleOf, loadSampleArticles } from './fixtures/sample-articles';
import { buildTimeline } from './timeline';

test('relative dates resolve against publishedAt; without it only explicit dates count', () => {
  const dated = buildTimeline([toCompareDoc(articleOf(1, ['The leaders met on Monday to sign the accord.'], '2021-12-15'))]);
  assert.deepEqual(dated.map((e) => e.date), ['2021-12-13']);
  const undated = buildTimeline([toCompareDoc(articleOf(1, ['The leaders met on Monday to sign the accord. They first met in 2013.'])) ]);
  assert.deepEqual(undated.map((e) => e.date), ['2013']);
});

test('the same dated event in two sources merges; different events on one date do not', () => {
  const t = buildTimeline(
    [
      articleOf(1, ['The leaders signed the trade accord on March 3, 2022.']),
      articleOf(2, ['On March 3, 2022, the leaders signed a trade accord in Moscow.', 'A storm hit the coast on March 3, 2022.']),
    ].map(toCompareDoc),
  );
  assert.deepEqual(t.map((e) => [e.date, e.articleIds, e.passages.length]), [['2022-03-03', [1, 2], 2], ['2022-03-03', [2], 1]]);
});

test('sample corpus: ordered, with the 2013 first meeting reported by articles 1 and 3', () => {
  const c = compareArticles(loadSampleArticles());
  const first = c.timeline.find((e) => e.date === '2013')!;
  assert.deepEqual(first.articleIds, [1, 3]);
  assert.ok(c.timeline.some((e) => e.date === '--12-15' && e.articleIds[0] === 3));
  assert.ok(c.timeline.some((e) => e.date === '2022-02' && e.articleIds[0] === 1));
  const known = c.timeline.filter((e) => !e.date.startsWith('-')).map((e) => e.date);
  assert.deepEqual(known, [...known].sort());
});

test('sample corpus: the author’s career (editor 1973–1992) is not on the story’s timeline', () => {
  const c = compareArticles(loadSampleArticles());
  assert.ok(!c.timeline.some((e) => e.date === '1973' || e.date === '1992'));
  assert.ok(!c.timeline.some((e) => e.passages.some((p) => /editor-in-chief/.test(p.text))));
});
