import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowedEdits, boundedEditDistance } from './edit-distance';

test('insertions, deletions, substitutions and swapped neighbours each cost one edit', () => {
  assert.equal(boundedEditDistance('jinpin', 'jinping', 2), 1);
  assert.equal(boundedEditDistance('kremiln', 'kremlin', 2), 1);
  assert.equal(boundedEditDistance('sanctoins', 'sanctions', 2), 1);
  assert.equal(boundedEditDistance('putn', 'putin', 2), 1);
  assert.equal(boundedEditDistance('zelensky', 'zelenskyy', 2), 1);
  assert.equal(boundedEditDistance('gazprom', 'gazprom', 2), 0);
  assert.equal(boundedEditDistance('abcd', 'badc', 3), 2);
});

test('the bound stops early and reports max + 1', () => {
  assert.equal(boundedEditDistance('kremlin', 'washington', 2), 3);
  assert.equal(boundedEditDistance('a', 'abcdef', 1), 2);
  assert.equal(boundedEditDistance('', 'ab', 2), 2);
});

test('short words are never corrected, long words allow two edits', () => {
  assert.equal(allowedEdits('war'), 0);
  assert.equal(allowedEdits('putin'), 1);
  assert.equal(allowedEdits('zelenskyy'), 2);
});
