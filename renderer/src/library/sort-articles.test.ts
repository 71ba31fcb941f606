import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleSummary } from '../../../shared/domain';
import { nextSort, sortArticles } from './sort-articles';

const article = (id: number, fields: Partial<ArticleSummary>): ArticleSummary => ({
  id,
  title: null,
  authors: [],
  outlet: null,
  publishedAt: null,
  url: null,
  language: null,
  wordCount: 0,
  sourceName: `file-${id}.txt`,
  sourceFormat: 'txt',
  importedAt: '2024-01-01T00:00:00Z',
  ...fields,
});

const list = [
  article(1, { publishedAt: '2022-02-04', outlet: 'b' }),
  article(2, { publishedAt: null, outlet: 'a' }),
  article(3, { publishedAt: '2021-12-01', outlet: null }),
];

test('unknown values sink to the bottom in both directions', () => {
  const ids = (key: 'publishedAt' | 'outlet', direction: 'ascending' | 'descending') =>
    sortArticles(list, { key, direction }).map((a) => a.id);
  assert.deepEqual(ids('publishedAt', 'descending'), [1, 3, 2]);
  assert.deepEqual(ids('publishedAt', 'ascending'), [3, 1, 2]);
  assert.deepEqual(ids('outlet', 'ascending'), [2, 1, 3]);
  assert.deepEqual(ids('outlet', 'descending'), [1, 2, 3]);
});

test('clicking a column again flips its direction', () => {
  const first = nextSort({ key: 'publishedAt', direction: 'descending' }, 'title');
  assert.deepEqual(first, { key: 'title', direction: 'ascending' });
  assert.deepEqual(nextSort(first, 'title'), { key: 'title', direction: 'descending' });
});
