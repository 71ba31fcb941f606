import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParallaxError } from '../../../shared/errors';
import { parseQuery, toFtsExpression } from './parse-query';

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
