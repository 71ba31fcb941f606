import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchQuote } from './match-quote';

test('a repeated quote is told apart by its prefix and suffix', () => {
  const text = 'The minister said no. Later, the minister said yes. Finally the minister said maybe.';
  const first = text.indexOf('the minister said yes');
  const match = matchQuote(text, 'minister said', { prefix: 'Later, the ', suffix: ' yes. Finally' });
  assert.equal(match?.start, first + 4);
});

test('with no context, the old position decides between equal occurrences', () => {
  const text = 'x gas station x gas station x gas station';
  const match = matchQuote(text, 'gas station', { hint: 28 });
  assert.equal(match?.start, 30);
});

test('a changed word is matched approximately with a score below an exact match', () => {
  const text = 'Critics called the country little more than a petrol station with an army.';
  const match = matchQuote(text, 'little more than a gas station with an army', {
    prefix: 'Critics called the country ',
    suffix: '.',
  });
  assert.ok(match);
  assert.equal(text.slice(match.start, match.end), 'little more than a petrol station with an army');
  assert.ok(match.errors > 0 && match.score < 1);
});

test('a short quote with a typo and unrelated context is not matched by chance', () => {
  assert.equal(matchQuote('Putin met Xi in Beijing.', 'Patin', { prefix: 'zzzzzzzz', suffix: 'qqqqqqqq' }), null);
});

test('a quote that is gone gives no match', () => {
  assert.equal(matchQuote('A short text about trade.', 'the NATO meeting in Brussels'), null);
});
