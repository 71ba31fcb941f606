import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareArticles } from './compare-articles';
import { toCompareDoc } from './compare-doc';
import { findEntities } from './entities';
import { articleOf, loadSampleArticles } from './fixtures/sample-articles';

const entitiesOf = (...paragraphs: string[][]) => findEntities(paragraphs.map((p, i) => toCompareDoc(articleOf(i + 1, p))));

test('titles are stripped and short forms merge into one person', () => {
  const e = entitiesOf(['President Xi Jinping met reporters. Xi said little.'], ['Xi Jinping travelled to Moscow. Chinese President Xi Jinping smiled.']);
  const xi = e.filter((x) => x.kind === 'person' && /Xi/.test(x.name));
  assert.equal(xi.length, 1);
  assert.equal(xi[0]!.name, 'Xi Jinping');
  assert.equal(xi[0]!.articleCount, 2);
  assert.deepEqual(xi[0]!.mentions.map((m) => m.count), [2, 2]);
});

test('NATO and Nato are one organisation; two different people sharing no name stay apart', () => {
  const e = entitiesOf(['NATO met in Brussels. Jude Blanchette said so.'], ['Nato warned Moscow. Natasha Kuhrt said so.']);
  const nato = e.filter((x) => /nato/i.test(x.name));
  assert.equal(nato.length, 1);
  assert.equal(nato[0]!.name, 'NATO');
  assert.equal(nato[0]!.kind, 'organization');
  assert.ok(e.some((x) => x.name === 'Jude Blanchette') && e.some((x) => x.name === 'Natasha Kuhrt'));
});

test('sample corpus: Putin is in all five, Xi Jinping in the four that name him, NATO merged', () => {
  const articles = loadSampleArticles();
  const c = compareArticles(articles);
  const byName = new Map(c.entities.map((e) => [e.name, e]));
  const putin = byName.get('Vladimir Putin')!;
  assert.equal(putin.kind, 'person');
  assert.deepEqual(putin.mentions.map((m) => m.articleId), [1, 2, 3, 4, 5]);
  assert.ok(putin.aliases.includes('Putin') && putin.aliases.includes('Vladimir V. Putin'));
  // Article 2 (CNN, on the Putin–Biden summit) never names Xi.
  assert.deepEqual(byName.get('Xi Jinping')!.mentions.map((m) => m.articleId), [1, 3, 4, 5]);
  const nato = byName.get('NATO')!;
  assert.equal(nato.articleCount, 5);
  assert.ok(nato.aliases.includes('Nato'));
  assert.ok(!c.entities.some((e) => e.name === 'Nato'));
  for (const name of ['Jude Blanchette', 'Alicja Bachulska', 'Natasha Kuhrt', 'Michael Schuman', 'Zhao Lijian', 'Mircea Geoana']) {
    assert.equal(byName.get(name)?.kind, 'person', name);
  }
  // Mention passages point at the name in the canonical text.
  const doc = toCompareDoc(articles[4]!);
  for (const p of byName.get('Xi Jinping')!.mentions.find((m) => m.articleId === 5)!.passages) assert.match(doc.text.slice(p.start, p.end), /^Xi/);
});
