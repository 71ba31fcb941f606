import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleSummary } from '../../../shared/domain';
import { filterOptions } from './filter-options';

const a = (outlet: string | null, authors: string[], language: string | null) => ({ outlet, authors, language }) as ArticleSummary;

test('options are counted case-insensitively, most common first, and skip blanks', () => {
  const o = filterOptions([a('Reuters', ['Ann Lee'], 'en-GB'), a('reuters', ['Bo Yi', 'Ann Lee'], 'en'), a(null, [], 'ro'), a('AP', [], null)]);
  assert.deepEqual(o.outlets, [{ value: 'Reuters', count: 2 }, { value: 'AP', count: 1 }]);
  assert.deepEqual(o.authors.map((x) => x.value), ['Ann Lee', 'Bo Yi']);
  assert.deepEqual(o.languages, [{ value: 'en', count: 2 }, { value: 'ro', count: 1 }]);
});
