import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParallaxError } from '../../../shared/errors';
import { parseQuery, parseSearch, toFtsExpression, toPhraseExpression } from './parse-query';
import { parsePeriod } from './query-filters';

const fts = (q: string) => toFtsExpression(parseQuery(q));

test('plain words must all match, each quoted so input cannot inject syntax', () => {
  assert.equal(fts('Putin Xi'), '"Putin" AND "Xi"');
  assert.equal(fts('NEAR(a b) AND'), '"NEAR a" AND "b" AND "AND"');
});

test('phrases, prefixes, exclusions and OR', () => {
  assert.equal(fts('"gas station"'), '"gas station"');
  assert.equal(fts('sanction*'), '"sanction" *');
  assert.equal(fts('Putin -Biden'), '("Putin") NOT "Biden"');
  assert.equal(fts('Olympics OR Games Putin'), '("Olympics" OR "Games") AND "Putin"');
});

test('field filters map to columns; unknown fields are searched as words', () => {
  assert.equal(fts('title:Xi author:Sommer'), 'title : "Xi" AND authors_text : "Sommer"');
  assert.equal(fts('outlet:"South China"'), 'outlet : "South China"');
  assert.equal(fts('color:red'), '"color red"');
});

test('empty, punctuation-only and unbalanced input are handled without exceptions', () => {
  assert.equal(fts(''), null);
  assert.equal(fts('   – & !! '), null);
  assert.equal(fts('"gas station'), '"gas station"');
  assert.equal(fts('OR OR'), null);
});

test('a query of only exclusions gets a helpful message', () => {
  assert.throws(() => fts('-Putin'), (e: unknown) => e instanceof ParallaxError && e.code === 'INVALID_INPUT' && /at least one word/.test(e.message));
});

test('filters are taken out of the words: lang, after, before, year, tag', () => {
  const p = parseSearch('Putin lang:EN after:2022-01 before:2022/06/15 tag:war');
  assert.equal(toFtsExpression(p.clauses), '"Putin"');
  assert.deepEqual(p.filters, { languages: ['en'], after: '2022-01-01', before: '2022-06-15', tags: ['war'] });
  assert.equal(p.notices.length, 1);
  assert.match(p.notices[0]!, /no tags yet/);
  assert.deepEqual(parseSearch('x year:2022').filters, { languages: [], after: '2022-01-01', before: '2023-01-01', tags: [] });
  assert.deepEqual(parseSearch('x year:2020 year:2022').notices.length, 1);
  assert.equal(parseSearch('x since:2021 until:2022').filters.before, '2022-01-01');
});

test('malformed filters become notices; the rest of the query still works', () => {
  for (const q of ['x after:2022-02-30', 'x before:yesterday', 'x year:22', 'x lang:"!!"', 'x -lang:en', 'x after:', 'x title:', 'x after:""']) {
    const p = parseSearch(q);
    assert.equal(toFtsExpression(p.clauses), '"x"', q);
    assert.equal(p.notices.length, 1, q);
    assert.match(p.notices[0]!, /^Ignored "/, q);
  }
});

test('dates are checked for real: leap days, month ends, periods', () => {
  assert.deepEqual(parsePeriod('2024-02-29'), { start: '2024-02-29', end: '2024-03-01' });
  assert.equal(parsePeriod('2023-02-29'), null);
  assert.deepEqual(parsePeriod('2022-12'), { start: '2022-12-01', end: '2023-01-01' });
  assert.equal(parsePeriod('2022-00'), null);
  assert.equal(parsePeriod('0999'), null);
});

test('the phrase form of a plain multi-word query, for boosting', () => {
  assert.equal(toPhraseExpression(parseQuery('gas station')), '"gas station"');
  assert.equal(toPhraseExpression(parseQuery('gas')), null);
  assert.equal(toPhraseExpression(parseQuery('gas -station')), null);
  assert.equal(toPhraseExpression(parseQuery('gas OR oil station')), null);
});
