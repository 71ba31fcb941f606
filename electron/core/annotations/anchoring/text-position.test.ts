import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeRange, trimRange } from './text-position';

test('a selection is trimmed to its words and clamped into the text', () => {
  const text = 'First paragraph ends.\n\n  Second one starts.';
  assert.deepEqual(trimRange(text, 6, 25), { start: 6, end: 21 });
  assert.deepEqual(trimRange(text, 15, 500), { start: 16, end: text.length });
  assert.equal(trimRange(text, 21, 25), null, 'only whitespace');
  assert.equal(trimRange(text, 40, 10), null, 'reversed');
});

test('a range is described by its exact text, 32 characters of context and its offsets', () => {
  const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40);
  const { quote, position } = describeRange(text, { start: 40, end: 45 });
  assert.equal(quote.type, 'TextQuoteSelector');
  assert.equal(quote.exact, 'QUOTE');
  assert.equal(quote.prefix, 'a'.repeat(32));
  assert.equal(quote.suffix, 'b'.repeat(32));
  assert.deepEqual(position, { type: 'TextPositionSelector', start: 40, end: 45 });
});

test('context is cut at the ends of the text', () => {
  const { quote } = describeRange('Hello world', { start: 0, end: 5 });
  assert.equal(quote.prefix, '');
  assert.equal(quote.suffix, ' world');
});
