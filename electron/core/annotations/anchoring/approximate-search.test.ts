import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editDistance, searchApproximate } from './approximate-search';

test('an exact occurrence is found with zero errors and its start', () => {
  const text = 'the quick brown fox jumps';
  const matches = searchApproximate(text, 'brown fox', 2);
  const best = matches.find((m) => m.errors === 0);
  assert.deepEqual(best, { start: 10, end: 19, errors: 0 });
});

test('an occurrence with an inserted word is found within the bound, spanning the insertion', () => {
  const text = 'Russia is really not much more than a gas station, he said.';
  const [best] = searchApproximate(text, 'Russia is not much more than a gas station', 10);
  assert.ok(best);
  assert.equal(text.slice(best.start, best.end), 'Russia is really not much more than a gas station');
  assert.equal(best.errors, 7);
});

test('nothing is found when the text differs more than the bound allows', () => {
  assert.deepEqual(searchApproximate('completely unrelated words here', 'gas station economy', 3), []);
});

test('a long text and a long pattern stay fast (cut-off keeps it near linear)', () => {
  const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' ');
  let text = '';
  for (let i = 0; i < 20000; i++) text += words[(i * 7) % words.length] + ' ';
  const pattern = 'an entirely different sentence that appears nowhere in this text at all, not even close';
  const t0 = performance.now();
  searchApproximate(text, pattern, 20);
  assert.ok(performance.now() - t0 < 1500, 'search took too long');
});

test('edit distance counts insertions, deletions and substitutions', () => {
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('same', 'same'), 0);
});
