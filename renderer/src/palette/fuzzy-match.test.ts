import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fuzzyFilter, fuzzyMatch } from './fuzzy-match';

test('every typed character must appear in order', () => {
  assert.ok(fuzzyMatch('cls', 'Close column'));
  assert.equal(fuzzyMatch('slc', 'Close column'), null);
  assert.deepEqual(fuzzyMatch('', 'anything'), { score: 0, positions: [] });
});

test('word starts and runs rank first', () => {
  const names = ['Toggle notes', 'Theme: dark', 'Close column', 'Focus next column'];
  assert.deepEqual(fuzzyFilter(names, 'dark', (n) => n).map((r) => r.item), ['Theme: dark']);
  assert.equal(fuzzyFilter(names, 'col', (n) => n)[0]!.item, 'Close column');
  assert.equal(fuzzyFilter(names, 'nc', (n) => n)[0]!.item, 'Focus next column');
});

test('an empty query keeps the original order and case does not matter', () => {
  assert.deepEqual(fuzzyFilter(['b', 'a'], ' ', (n) => n).map((r) => r.item), ['b', 'a']);
  assert.deepEqual(fuzzyMatch('THEME', 'Theme: light')!.positions, [0, 1, 2, 3, 4]);
});
