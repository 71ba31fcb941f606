import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addFilter, filterTerms, removeFilter, tokenizeQuery } from './query-text';

test('filter terms are read from the query with their canonical field', () => {
  const terms = filterTerms('putin by:Sommer source:"South China Morning Post" after:2022-01 lang:en -outlet:x title:xi');
  assert.deepEqual(
    terms.map((t) => [t.field, t.value]),
    [
      ['author', 'Sommer'],
      ['outlet', 'South China Morning Post'],
      ['after', '2022-01'],
      ['lang', 'en'],
    ],
  );
});

test('adding a filter appends it, quoting values with spaces, and does not repeat it', () => {
  assert.equal(addFilter('putin', 'outlet', 'The Guardian'), 'putin outlet:"The Guardian"');
  assert.equal(addFilter('', 'lang', 'en'), 'lang:en');
  assert.equal(addFilter('putin outlet:"The Guardian"', 'outlet', 'the guardian'), 'putin outlet:"The Guardian"');
});

test('date bounds hold one value: a new one replaces the old', () => {
  assert.equal(addFilter('xi after:2021 summit', 'after', '2022-02-01'), 'xi summit after:2022-02-01');
});

test('removing a filter keeps the rest of the query and its spacing', () => {
  const q = 'xi outlet:"Reuters" summit';
  const [term] = filterTerms(q);
  assert.equal(removeFilter(q, term!), 'xi summit');
});

test('tokens know phrases, prefixes, exclusions and OR', () => {
  const tokens = tokenizeQuery('"belt and road" sanc* -trade OR gas');
  assert.deepEqual(
    tokens.map((t) => [t.value, t.quoted, t.prefix, t.negated, t.isOr]),
    [
      ['belt and road', true, false, false, false],
      ['sanc', false, true, false, false],
      ['trade', false, false, true, false],
      ['OR', false, false, false, true],
      ['gas', false, false, false, false],
    ],
  );
});
