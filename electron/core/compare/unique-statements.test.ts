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

test('an author’s biography and the credits at the end are not statements about the story', () => {
  const c = compareArticles([
    articleOf(1, [
      'The central bank will cut interest rates by half a point next month, officials said on Tuesday.',
      'Anna Berg is a senior correspondent covering European monetary policy for this newspaper.',
      'Tom Wu contributed reporting from Frankfurt and from the bank’s press conference.',
    ]),
    articleOf(2, ['Farmers in the north blocked three motorways with tractors to protest against new diesel taxes.']),
  ]);
  const only1 = c.uniqueStatements.find((u) => u.articleId === 1)!.statements.map((p) => p.text);
  assert.deepEqual(only1, ['The central bank will cut interest rates by half a point next month, officials said on Tuesday.']);
});

test('sample corpus: what only one source says is about the story, not its byline, bio or credits', () => {
  const c = compareArticles(loadSampleArticles());
  const all = c.uniqueStatements.flatMap((u) => u.statements.map((p) => p.text));
  assert.ok(!all.some((t) => /editor-in-chief of Die Zeit|contributed to the research|^Photo source/.test(t)), 'no bio or credit line');
  // Each article keeps statements of its own, and an analyst's first picks are among them.
  for (const u of c.uniqueStatements) assert.ok(u.statements.length >= 3, `article ${u.articleId}: ${u.statements.length}`);
  const only2 = c.uniqueStatements.find((u) => u.articleId === 2)!.statements.map((p) => p.text);
  assert.ok(only2.some((t) => /trade relations between the two are deeply imbalanced/.test(t)));
  // A statement is never also a wording of a shared claim.
  const claimed = new Set(c.sharedClaims.flatMap((k) => k.wordings.map((w) => `${w.articleId}:${w.start}`)));
  for (const u of c.uniqueStatements) for (const p of u.statements) assert.ok(!claimed.has(`${u.articleId}:${p.start}`));
});
