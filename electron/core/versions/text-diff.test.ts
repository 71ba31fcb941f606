import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffParagraphs, diffWordsOf } from './text-diff';

test('a changed figure is one word replaced in a changed paragraph; a removed paragraph is removed', () => {
  const from = ['Talks began on Monday.', 'The plant employs 3,200 people in the region.', 'Critics called the plan reckless.', 'A vote is due in May.'];
  const to = ['Talks began on Monday.', 'The plant employs 2,300 people in the region.', 'A vote is due in May.', 'Officials declined to comment.'];
  const { stats, paragraphs } = diffParagraphs(from, to);
  assert.deepEqual(paragraphs.map((p) => p.op), ['same', 'changed', 'removed', 'same', 'added']);
  assert.deepEqual(paragraphs[1]!.tokens, [
    { op: 'same', text: 'The plant employs' },
    { op: 'removed', text: '3,200' },
    { op: 'added', text: '2,300' },
    { op: 'same', text: 'people in the region.' },
  ]);
  assert.equal(paragraphs[2]!.text, 'Critics called the plan reckless.');
  assert.deepEqual(stats, { paragraphsAdded: 1, paragraphsRemoved: 1, paragraphsChanged: 1, wordsAdded: 1 + 4, wordsRemoved: 1 + 5 });
});

test('identical versions are all "same"; words keep their punctuation', () => {
  assert.deepEqual(diffParagraphs(['a b', 'c'], ['a b', 'c']).paragraphs.map((p) => p.op), ['same', 'same']);
  assert.deepEqual(diffWordsOf('It cost $3.1bn, they said.', 'It cost $3.4bn, they said.').map((t) => t.text), ['It cost', '$3.1bn,', '$3.4bn,', 'they said.']);
});

test('a rewritten paragraph (little in common) is a removal and an addition, not a change', () => {
  const { paragraphs } = diffParagraphs(['One two three four five.'], ['Entirely different words here now.']);
  assert.deepEqual(paragraphs.map((p) => p.op), ['removed', 'added']);
});
