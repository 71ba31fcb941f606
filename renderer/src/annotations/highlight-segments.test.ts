import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from '../../../shared/domain';
import { blocksToText } from '../../../shared/text';
import { blockStarts, marksInBlock, segmentRun, type MarkRange } from './highlight-segments';

const blocks: Block[] = [
  { type: 'paragraph', text: 'One two.' },
  { type: 'heading', level: 2, text: 'Three' },
  { type: 'paragraph', text: 'Four five six.' },
];

test('block starts match the canonical text', () => {
  const text = blocksToText(blocks);
  const starts = blockStarts(blocks);
  blocks.forEach((b, i) => assert.equal(text.slice(starts[i], starts[i]! + b.text.length), b.text));
});

test('a highlight across blocks is clipped into each block it touches', () => {
  const text = blocksToText(blocks);
  const mark: MarkRange = { id: 1, color: 'yellow', start: text.indexOf('two'), end: text.indexOf('five') + 4 };
  const starts = blockStarts(blocks);
  assert.deepEqual(marksInBlock([mark], starts[0]!, blocks[0]!.text.length), [{ ...mark, start: 4, end: 8 }]);
  assert.deepEqual(marksInBlock([mark], starts[1]!, 5), [{ ...mark, start: 0, end: 5 }]);
  assert.deepEqual(marksInBlock([mark], starts[2]!, blocks[2]!.text.length), [{ ...mark, start: 0, end: 9 }]);
});

test('overlapping highlights split a run into segments covered by one, both, or none', () => {
  const a: MarkRange = { id: 1, color: 'yellow', start: 2, end: 6 };
  const b: MarkRange = { id: 2, color: 'blue', start: 4, end: 9 };
  const segments = segmentRun(0, 10, [b, a]).map((s) => [s.start, s.end, s.marks.map((m) => m.id)]);
  assert.deepEqual(segments, [
    [0, 2, []],
    [2, 4, [1]],
    [4, 6, [1, 2]],
    [6, 9, [2]],
    [9, 10, []],
  ]);
});

test('a run without highlights is one segment; an empty run none', () => {
  assert.deepEqual(segmentRun(3, 7, []), [{ start: 3, end: 7, marks: [] }]);
  assert.deepEqual(segmentRun(3, 3, []), []);
});
