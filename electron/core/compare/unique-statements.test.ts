import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareArticles } from './compare-articles';
import { articleOf, loadSampleArticles } from './fixtures/sample-articles';

test('a substantive sentence no other article carries is unique; a shared one and a fragment are not', () => {
  const c = compareArticles([
    articleOf(1, ['The ministers agreed a ceasefire in Gaza on Tuesday. Officials said the central bank will cut interest rates by half a point next month. Short one.']),
    articleOf(2, ['A ceasefire in Gaza was agreed by the ministers on Tuesday.']),
  ]);
  const only1 = c.uniqueStatements.find((u) => u.articleId === 1)!.statements.map((p) => p.text);
  assert.deepEqual(only1, ['Officials said the central bank will cut interest rates by half a point next month.']);
  assert.deepEqual(c.uniqueStatements.find((u) => u.articleId === 2)!.statements, []);
});

test('sample corpus: only article 4 reports the 17-page joint statement and the $250 billion trade target', () => {
  const c = compareArticles(loadSampleArticles());
  const only4 = c.uniqueStatements.find((u) => u.articleId === 4)!.statements.map((p) => p.text);
  assert.ok(only4.some((t) => t.includes('17-page')));
  assert.ok(only4.some((t) => t.includes('$250 billion')));
  const only5 = c.uniqueStatements.find((u) => u.articleId === 5)!.statements.map((p) => p.text);
  assert.ok(only5.some((t) => t.includes('Kharkiv')));
});
