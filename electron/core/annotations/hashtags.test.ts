import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHashtags, hasTag, mergeTags } from '../../../shared/hashtags';

test('hashtags are words after #, not headings, URL fragments or numbers', () => {
  assert.deepEqual(extractHashtags('# Heading\nSee #energy and #Gas-prices, (#sanctions). https://x.org/a#frag #2024 #energy'), [
    'energy',
    'Gas-prices',
    'sanctions',
  ]);
  assert.deepEqual(extractHashtags('Ünïcode #Überblick_1.'), ['Überblick_1']);
  assert.deepEqual(extractHashtags(null), []);
});

test('merged tags drop case duplicates and sort', () => {
  assert.deepEqual(mergeTags(['Energy', 'china'], ['energy', 'Asia']), ['Asia', 'china', 'Energy']);
  assert.ok(hasTag(['Energy'], 'energy'));
});
