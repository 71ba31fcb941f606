// Extraction quality on saved news pages (several layouts and languages, with cookie banners, share
// bars, newsletter boxes, related links, captions, comments) against hand-made ground truth: ours
// keeps every word of the article and scores at least Readability's own text on every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateNewsPages, meanScore } from './evaluate-extraction';
import { wordF1 } from './word-f1';

test('word F1 counts repeated words and ignores case and punctuation', () => {
  assert.deepEqual(wordF1('The cat, the CAT.', 'the cat the cat'), { precision: 1, recall: 1, f1: 1 });
  const half = wordF1('the cat sat down', 'the cat');
  assert.equal(half.precision, 0.5);
  assert.equal(half.recall, 1);
  assert.equal(wordF1('', 'the cat').f1, 0);
});

test('news pages: ours keeps every article word and beats or matches Readability on each page', async () => {
  const scores = await evaluateNewsPages();
  assert.ok(scores.length >= 4, 'the evaluation set has its pages');
  for (const { page, readability, ours } of scores) {
    assert.ok(ours.recall >= 0.99, `${page}: recall ${ours.recall.toFixed(3)} (a paragraph of the article was lost)`);
    assert.ok(ours.f1 >= readability.f1, `${page}: ours ${ours.f1.toFixed(3)} < Readability ${readability.f1.toFixed(3)}`);
  }
  const ours = meanScore(scores.map((s) => s.ours));
  const readability = meanScore(scores.map((s) => s.readability));
  assert.ok(ours.f1 >= 0.97, `mean F1 ${ours.f1.toFixed(3)} below the 0.97 floor`);
  assert.ok(ours.f1 > readability.f1, 'ours beats Readability on the set');
});
