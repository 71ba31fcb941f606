import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareArticles } from './compare-articles';
import { toCompareDoc } from './compare-doc';
import { findFigureDiscrepancies, findFigures } from './figures';
import { articleOf, loadSampleArticles } from './fixtures/sample-articles';

const figuresOf = (text: string) => findFigures(toCompareDoc(articleOf(1, [text])));

test('reads money, percentages, ordinals, distances and counts with what they measure', () => {
  const f = figuresOf('Trade reached $140 billion. Exports fell 4.5% this year. It was the 38th meeting. The border runs 4,000 kilometres. More than 100 participants came. Growth hit 140bn dollars.');
  const pick = (kind: string) => f.filter((x) => x.kind === kind).map((x) => [x.measure, x.value, x.unit]);
  assert.deepEqual(pick('money'), [['trade', 140e9, 'USD'], ['growth', 140e9, 'USD']]);
  assert.deepEqual(pick('percent'), [['export', 4.5, '%']]);
  assert.deepEqual(pick('ordinal'), [['meeting', 38, null]]);
  assert.deepEqual(pick('distance'), [['border', 4000, 'km']]);
  assert.deepEqual(pick('count'), [['participant', 100, null]]);
});

test('years and numbers inside names are not figures', () => {
  assert.deepEqual(figuresOf('Since 2013 the Covid-19 crisis and the G7 and the Nord Stream 2 project mattered.'), []);
});

test('the same measure with different values in two sources is a discrepancy; different measures are not', () => {
  const docs = [
    articleOf(1, ['It was the 37th meeting of the two leaders. Trade reached $140 billion.']),
    articleOf(2, ['It was the 38th meeting of the two leaders. The economy is worth $25 trillion.']),
    articleOf(3, ['She celebrated her 40th birthday.']),
  ].map(toCompareDoc);
  const d = findFigureDiscrepancies(docs.flatMap(findFigures), [1, 2, 3]);
  assert.equal(d.length, 1);
  assert.equal(d[0]!.measure, 'meeting');
  assert.deepEqual(d[0]!.values.map((v) => [v.value, v.articleIds]), [[37, [1]], [38, [2]]]);
});

test('values within one article (a range or a change) never clash', () => {
  const docs = [articleOf(1, ['Trade will rise from $140 billion to $250 billion.']), articleOf(2, ['Trade stood at $140 billion.'])].map(toCompareDoc);
  assert.deepEqual(findFigureDiscrepancies(docs.flatMap(findFigures), [1, 2]), []);
});

test('sample corpus: the 37th meeting (articles 1 and 3) against the 38th meeting (article 4)', () => {
  const c = compareArticles(loadSampleArticles());
  const meeting = c.figureDiscrepancies.find((d) => d.kind === 'ordinal' && d.measure === 'meeting');
  assert.ok(meeting);
  assert.deepEqual(meeting.values.map((v) => [v.value, v.articleIds]), [[37, [1, 3]], [38, [4]]]);
  assert.match(meeting.values[1]!.passages[0]!.text, /38th meeting of Chinese President Xi Jinping/);
  // $140bn of trade (article 4) and the $25 trillion economy (article 5) measure different things.
  assert.ok(!c.figureDiscrepancies.some((d) => d.kind === 'money'));
});
