import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../../shared/domain';
import { changedMetadata, fieldsOf } from './metadata-patch';

const article: Article = {
  id: 7,
  title: 'A title',
  authors: ['Ann Lee'],
  outlet: null,
  publishedAt: '2022-02-04',
  url: null,
  language: 'en',
  wordCount: 10,
  sourceName: 'a.txt',
  sourceFormat: 'txt',
  importedAt: '2024-01-01T00:00:00Z',
  subtitle: null,
  blocks: [],
  editedFields: [],
};

test('an untouched form changes nothing', () => {
  assert.deepEqual(changedMetadata(article, fieldsOf(article)), {});
});

test('only changed fields are sent; blanks mean unknown', () => {
  const fields = { ...fieldsOf(article), outlet: ' The Gazette ', authors: 'Ann Lee,  Bo Chan ,', title: '  ' };
  assert.deepEqual(changedMetadata(article, fields), {
    title: null,
    outlet: 'The Gazette',
    authors: ['Ann Lee', 'Bo Chan'],
  });
});
