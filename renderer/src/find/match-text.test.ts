import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTermsOf, findTermsOfTyped } from './find-terms';
import { findMatches } from './match-text';

const found = (text: string, query: string) => findMatches(text, findTermsOf(query)).map((m) => text.slice(m.start, m.end));

test('whole words, any case, with and without diacritics', () => {
  assert.deepEqual(found('Mălina Mîndruțescu met MALINA at the mall.', 'malina'), ['Mălina', 'MALINA']);
  assert.deepEqual(found('Putin, Putinism and putin’s', 'putin'), ['Putin', 'putin']);
});

test('simple inflections match, as the stemmed index does', () => {
  assert.deepEqual(found('Sanctions were sanctioned; a sanction.', 'sanctions'), ['Sanctions', 'sanctioned', 'sanction']);
});

test('phrases match word for word across punctuation; prefixes match word starts', () => {
  assert.deepEqual(found('the Belt-and-Road plan and the belt road', '"belt and road"'), ['Belt-and-Road']);
  assert.deepEqual(found('Olympic Olympics olympian', 'olymp*'), ['Olympic', 'Olympics', 'olympian']);
});

test('filters, exclusions and field terms are not looked for in the text', () => {
  assert.deepEqual(findTermsOf('xi -trade outlet:Reuters after:2022 title:summit OR gas').map((t) => t.words.join(' ')), ['xi', 'summit', 'gas']);
});

test('corrections replace the misspelt word', () => {
  const terms = findTermsOf('Kremiln talks', [{ from: 'Kremiln', to: 'kremlin' }]);
  assert.deepEqual(terms.map((t) => t.words[0]), ['kremlin', 'talks']);
});

test('offsets point into the original text even when folding changes its length', () => {
  const text = 'ﬁ Ångström and angstrom';
  const matches = findMatches(text, findTermsOf('angstrom'));
  assert.deepEqual(matches.map((m) => text.slice(m.start, m.end)), ['Ångström', 'angstrom']);
});

test('typed find text matches the word being typed as a prefix', () => {
  assert.deepEqual(findMatches('Olympics and olympian', findTermsOfTyped('olym')).length, 2);
});
