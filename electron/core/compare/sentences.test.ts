import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toCompareDoc } from './compare-doc';
import { articleOf, loadSampleArticles } from './fixtures/sample-articles';
import { splitSentences } from './sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

test('splits on sentence ends and keeps offsets into the text', () => {
  const text = 'China and Russia met. They agreed!  Did they? Yes.';
  const spans = splitSentences(text);
  assert.deepEqual(spans.map((s) => s.text), ['China and Russia met.', 'They agreed!', 'Did they?', 'Yes.']);
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
});

test('abbreviations, dotted acronyms and initials do not end a sentence', () => {
  assert.deepEqual(texts('The U.S. Secretary met Mr. Lavrov. Then he left.'), ['The U.S. Secretary met Mr. Lavrov.', 'Then he left.']);
  assert.deepEqual(texts('A summit with President Vladimir V. Putin to convey a reality.'), ['A summit with President Vladimir V. Putin to convey a reality.']);
  assert.deepEqual(texts('Ms. Bachulska spoke. Dr. Kuhrt agreed.'), ['Ms. Bachulska spoke.', 'Dr. Kuhrt agreed.']);
});

test('closing quotes stay with their sentence; a lower-case word after a period continues it', () => {
  assert.deepEqual(texts('“It’s not much of a bargain.” He left. It was “best.” Then more.'), ['“It’s not much of a bargain.”', 'He left.', 'It was “best.”', 'Then more.']);
  assert.deepEqual(texts('the European Council. on Foreign Relations said so.'), ['the European Council. on Foreign Relations said so.']);
});

test('a block without end punctuation is one sentence; blocks never share a sentence', () => {
  const doc = toCompareDoc(articleOf(1, ['A heading without a stop', 'First. Second.']));
  assert.deepEqual(doc.sentences.map((s) => [s.blockIndex, s.text]), [[0, 'A heading without a stop'], [1, 'First.'], [1, 'Second.']]);
  for (const s of doc.sentences) assert.equal(doc.text.slice(s.start, s.end), s.text);
});

test('sample corpus: every sentence maps back to the canonical text, Putin’s initial kept whole', () => {
  for (const article of loadSampleArticles()) {
    const doc = toCompareDoc(article);
    assert.ok(doc.sentences.length > 10);
    for (const s of doc.sentences) assert.equal(doc.text.slice(s.start, s.end), s.text);
  }
  const doc = toCompareDoc(loadSampleArticles()[4]!);
  assert.ok(doc.sentences.some((s) => s.text.includes('President Vladimir V. Putin to convey')));
});
