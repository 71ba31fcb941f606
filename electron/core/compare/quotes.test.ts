import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareArticles } from './compare-articles';
import { toCompareDoc } from './compare-doc';
import { articleOf, loadSampleArticles } from './fixtures/sample-articles';
import { diffWords } from './quote-diff';
import { clusterQuotes, findQuotes } from './quotes';

const quotesOf = (...paragraphs: string[]) =>
  findQuotes(toCompareDoc(articleOf(1, paragraphs)), { isPerson: (n) => /^(Anna Berg|Berg|Tom Wu|Wu)$/.test(n) }).map((q) => [q.speaker, q.cue, q.text]);

test('attribution forms: said X, X said, colon, dash, according to, pronoun and follow-on', () => {
  assert.deepEqual(quotesOf('“We will not back down,” said Anna Berg, an analyst.'), [['Anna Berg', 'said', 'We will not back down,']]);
  assert.deepEqual(quotesOf('“Talks are over,” Tom Wu said. “He added more,” he added.'), [['Tom Wu', 'said', 'Talks are over,'], ['Tom Wu', 'pronoun', 'He added more,']]);
  assert.deepEqual(quotesOf('Anna Berg said: “The deal is dead.”'), [['Anna Berg', 'said', 'The deal is dead.']]);
  assert.deepEqual(quotesOf('“The deal is dead for now and forever” — Tom Wu'), [['Tom Wu', 'dash', 'The deal is dead for now and forever']]);
  assert.deepEqual(quotesOf('It is “a test of the century for everyone”, according to Anna Berg.'), [['Anna Berg', 'according-to', 'a test of the century for everyone']]);
  assert.deepEqual(quotesOf('“First part,” Berg said. “Second part of what she said.”'), [['Berg', 'said', 'First part,'], ['Berg', 'continuation', 'Second part of what she said.']]);
});

test('short scare quotes without a speaker are not speech', () => {
  assert.deepEqual(quotesOf('Officials described the talks as being held by “allies”.'), []);
});

test('the same quote across sources clusters, with word differences; another speaker’s quote does not', () => {
  const docs = [
    articleOf(1, ['“We will never accept this humiliating deal,” said Anna Berg.']),
    articleOf(2, ['“We will never accept this deal,” Anna Berg said.']),
    articleOf(3, ['“We will never accept this humiliating deal,” said Tom Wu.']),
  ].map(toCompareDoc);
  const found = docs.flatMap((d) => findQuotes(d, { isPerson: (n) => n === 'Anna Berg' || n === 'Tom Wu' }));
  const clusters = clusterQuotes(found, docs);
  assert.equal(clusters.length, 2);
  assert.deepEqual(clusters[0]!.articleIds, [1, 2]);
  assert.equal(clusters[0]!.verbatim, false);
  assert.deepEqual(clusters[0]!.instances[1]!.diff, [{ op: 'same', text: 'We will never accept this' }, { op: 'removed', text: 'humiliating' }, { op: 'same', text: 'deal' }]);
  assert.deepEqual(clusters[1]!.articleIds, [3]);
});

test('diffWords marks added and removed words', () => {
  assert.deepEqual(diffWords('a b c', 'a x c'), [{ op: 'same', text: 'a' }, { op: 'removed', text: 'b' }, { op: 'added', text: 'x' }, { op: 'same', text: 'c' }]);
});

test('sample corpus: quotes attributed to Blanchette, Bachulska, Kuhrt, Schuman, Zhao Lijian and Geoana', () => {
  const c = compareArticles(loadSampleArticles());
  const speakers = (articleId: number) => new Set(c.quotes.flatMap((q) => q.instances).filter((i) => i.articleId === articleId).map((i) => i.speaker));
  for (const name of ['Jude Blanchette', 'Alicja Bachulska', 'Natasha Kuhrt', 'Michael Schuman']) assert.ok(speakers(5).has(name), name);
  assert.ok(speakers(2).has('Zhao Lijian'));
  assert.ok(speakers(3).has('Mircea Geoana'));
  const all = c.quotes.flatMap((q) => q.instances);
  const find = (re: RegExp) => all.find((i) => re.test(i.text))!;
  assert.equal(find(/^The problem is that Xi/).speaker, 'Michael Schuman');
  assert.equal(find(/^The problem is that Xi/).cue, 'pronoun');
  assert.equal(find(/He does not want to be chained to a corpse/).speaker, 'Natasha Kuhrt');
  assert.equal(find(/^our friendship is unbreakable/).speaker, 'Zhao Lijian');
  assert.equal(find(/^China knows how to do it/).speaker, 'Vladimir Putin');
  const doc = toCompareDoc(loadSampleArticles()[4]!);
  for (const i of all.filter((x) => x.articleId === 5)) assert.equal(doc.text.slice(i.passage.start, i.passage.end), i.passage.text);
});
