import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MATCH_END, MATCH_START } from '../../../shared/text';
import { parseQuery } from './parse-query';
import { bodyTerms, foldSameLength, makeSnippet } from './snippet';

const show = (s: string) => s.split(MATCH_START).join('[').split(MATCH_END).join(']');
const snippet = (text: string, query: string) => show(makeSnippet(text, bodyTerms(parseQuery(query))));

test('marks stemmed, case- and accent-folded matches in a window around the best passage', () => {
  const text = 'Opening words. ' + 'filler '.repeat(60) + 'The Kremlin said SANCTIONS would fail, and Mălina Mîndruțescu agreed. ' + 'tail '.repeat(60);
  assert.equal(
    snippet(text, 'sanction kremlin mindrutescu'),
    '…filler filler filler The [Kremlin] said [SANCTIONS] would fail, and Mălina [Mîndruțescu] agreed. tail tail tail tail tail tail tail tail tail tail tail tail tail tail tail…',
  );
});

test('a phrase is marked only where its words stand together, as one span', () => {
  const text = 'Russia is a gas station with a flag. The station sells gas to Europe.';
  assert.equal(snippet(text, '"gas station"'), 'Russia is a [gas station] with a flag. The station sells gas to Europe.');
});

test('prefers the window holding the most different words; title-only and excluded words are not marked', () => {
  const text = 'gas '.repeat(3) + 'filler '.repeat(50) + 'gas price at the station' + ' end'.repeat(40);
  const s = snippet(text, 'gas station -price title:flag');
  assert.match(s, /^…(filler ){4}\[gas\] price at the \[station\]/);
});

test('without a match in the body the opening words are shown', () => {
  assert.equal(snippet('One two three.', 'kremlin'), 'One two three.');
  assert.equal(snippet('word '.repeat(40).trim(), 'kremlin'), `${'word '.repeat(28).trim()}…`);
});

test('folding keeps every character in place', () => {
  const text = 'MĂLINA Mîndruțescu İstanbul ﬁ straße';
  assert.equal(foldSameLength(text).length, text.length);
  assert.equal(foldSameLength('MĂLINA Mîndruțescu'), 'malina mindrutescu');
});
