import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { SAMPLE_CORPUS } from '../../../testing/temp-dir';
import { anchorHighlight } from './anchor-highlight';
import { describeRange } from './text-position';

// A real article from the sample corpus, as paragraphs joined the way canonical text is.
const paragraphs = fs
  .readFileSync(path.join(SAMPLE_CORPUS, '001_2c1e48a54db9db98.txt'), 'utf8')
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter((p) => p.length > 0);
const original = paragraphs.join('\n\n');
const QUOTE = 'trade relations between the two are deeply imbalanced';

function highlightOf(text: string, quote: string) {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, 'fixture contains the quote');
  return describeRange(text, { start, end: start + quote.length });
}

const slice = (text: string, a: { start: number; end: number }) => text.slice(a.start, a.end);

test('the same text anchors exactly at the stored position', () => {
  const target = highlightOf(original, QUOTE);
  const anchor = anchorHighlight(original, target);
  assert.equal(anchor.status, 'exact');
  assert.equal(slice(original, anchor), QUOTE);
});

test('a highlight across two paragraphs anchors exactly', () => {
  const quote = 'the potential for friction exists.\n\nFirstly, trade relations';
  const anchor = anchorHighlight(original, highlightOf(original, quote));
  assert.equal(anchor.status, 'exact');
  assert.equal(slice(original, anchor), quote);
});

test('words inserted before the passage: approximate, on the same words', () => {
  const target = highlightOf(original, QUOTE);
  const recleaned = 'Editor’s note: this article was updated with new figures on Tuesday.\n\n' + original;
  const anchor = anchorHighlight(recleaned, target);
  assert.equal(anchor.status, 'approximate');
  assert.equal(slice(recleaned, anchor), QUOTE);
});

test('a word inserted inside the passage: approximate, spanning the new wording', () => {
  const target = highlightOf(original, QUOTE);
  const recleaned = original.replace(QUOTE, 'trade relations between the two are still deeply imbalanced');
  const anchor = anchorHighlight(recleaned, target);
  assert.equal(anchor.status, 'approximate');
  assert.equal(slice(recleaned, anchor), 'trade relations between the two are still deeply imbalanced');
});

test('a word changed inside the passage: approximate, on the changed words', () => {
  const target = highlightOf(original, QUOTE);
  const recleaned = original.replace(QUOTE, 'trade relations between the two are badly imbalanced');
  const anchor = anchorHighlight(recleaned, target);
  assert.equal(anchor.status, 'approximate');
  assert.equal(slice(recleaned, anchor), 'trade relations between the two are badly imbalanced');
});

test('a repeated phrase re-anchors to the occurrence with the same context', () => {
  const phrase = 'Biden';
  const second = original.indexOf(phrase, original.indexOf(phrase) + 1);
  assert.ok(second > 0, 'the fixture repeats the phrase');
  const target = describeRange(original, { start: second, end: second + phrase.length });
  const recleaned = 'Updated. ' + original;
  const anchor = anchorHighlight(recleaned, target);
  assert.equal(anchor.status, 'approximate');
  assert.equal(anchor.start, second + 'Updated. '.length);
});

test('a passage that was removed is orphaned, not dropped, and keeps a position inside the text', () => {
  const target = highlightOf(original, QUOTE);
  const paragraph = paragraphs.find((p) => p.includes(QUOTE))!;
  const recleaned = original.replace(paragraph + '\n\n', '');
  const anchor = anchorHighlight(recleaned, target);
  assert.equal(anchor.status, 'orphaned');
  assert.ok(anchor.start <= anchor.end && anchor.end <= recleaned.length);
});

test('a highlight on an empty text is orphaned', () => {
  const anchor = anchorHighlight('', highlightOf(original, QUOTE));
  assert.deepEqual(anchor, { status: 'orphaned', start: 0, end: 0 });
});
