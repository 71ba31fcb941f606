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

const kindOf = (entities: ReturnType<typeof findEntities>, name: string) => entities.find((e) => e.name === name || e.aliases.includes(name))?.kind;

test('must match: titles stripped and merged, bylines in capitals, metadata authors and outlets', () => {
  const e = findEntities([
    toCompareDoc({ ...articleOf(1, ['BY ANNA KOWALSKA', 'Prime Minister Boris Johnson met Mr. Xi. Mr Johnson said little.']), authors: ['Anna Kowalska'] }),
    toCompareDoc({ ...articleOf(2, ['Boris Johnson and Xi Jinping spoke. Kowalska reported it for Der Spiegel.']), outlet: 'Der Spiegel' }),
  ]);
  const johnson = e.find((x) => x.name === 'Boris Johnson')!;
  assert.equal(johnson.kind, 'person');
  assert.ok(johnson.aliases.includes('Johnson'));
  assert.equal(johnson.articleCount, 2);
  assert.equal(kindOf(e, 'Xi Jinping'), 'person');
  assert.ok(e.find((x) => x.name === 'Xi Jinping')!.aliases.includes('Xi'));
  // A byline in capitals is shown as the name is written, and it is the metadata's author.
  const author = e.find((x) => x.name === 'Anna Kowalska')!;
  assert.equal(author.kind, 'person');
  assert.equal(author.articleCount, 2);
  // An outlet named in the articles' metadata is an organisation wherever it is mentioned.
  assert.equal(kindOf(e, 'Der Spiegel'), 'organization');
});

test('must match: "and" inside a name only when the name goes on to an organisation word', () => {
  const e = entitiesOf(
    ['They link Xi’s Belt and Road Initiative and Putin’s Eurasian Economic Union, said the Center for Strategic and International Studies.'],
    ['A treaty between the Russian Federation and the People’s Republic of China was signed by Vladimir Putin.'],
  );
  assert.equal(kindOf(e, 'Belt and Road Initiative'), 'organization');
  assert.equal(kindOf(e, 'Eurasian Economic Union'), 'organization');
  assert.equal(kindOf(e, 'Center for Strategic and International Studies'), 'organization');
  assert.equal(kindOf(e, 'Russia'), 'place');
  assert.equal(kindOf(e, 'China'), 'place');
  const putin = e.find((x) => x.name === 'Vladimir Putin')!;
  assert.equal(putin.articleCount, 2, 'Putin’s in the first article is Putin');
  assert.ok(!e.some((x) => / and Putin|Federation and/.test(x.name)));
});

test('must not match: eras, events, documents and italicised publications are not people', () => {
  const e = findEntities([
    toCompareDoc(articleOf(1, ['Ties are closer than during the Cold War era, and the Joint Statement says so.', 'The Marshall Plan and the Winter Olympic Games came up.'])),
    toCompareDoc({
      ...articleOf(2, ['She was editor of Le Monde Diplomatique and wrote for Die Welt before the Great Recession.']),
      blocks: [
        {
          type: 'paragraph',
          text: 'She was editor of Le Monde Diplomatique and wrote for Die Welt before the Great Recession.',
          spans: [
            { start: 18, end: 39, kind: 'em' },
            { start: 54, end: 62, kind: 'em' },
          ],
        },
      ],
    }),
  ]);
  const people = e.filter((x) => x.kind === 'person').map((x) => x.name);
  for (const name of ['Cold War', 'Joint Statement', 'Marshall Plan', 'Winter Olympic Games', 'Le Monde Diplomatique', 'Die Welt', 'Great Recession']) {
    assert.ok(!people.some((p) => p.includes(name) || name.includes(p)), `${name} is not a person (people: ${people.join(', ')})`);
  }
  assert.equal(kindOf(e, 'Die Welt'), 'organization');
  assert.equal(kindOf(e, 'Le Monde Diplomatique'), 'organization');
});

test('sample corpus, every pair and triple: no outlet, era or document is taken for a person', () => {
  const articles = loadSampleArticles();
  const notPeople = /^(Die Zeit|Security Times|New York Times|Cold War|Joint Statement|Winter Olympic Games|Nord Stream|Belt and Road Initiative)$/;
  for (let mask = 0; mask < 1 << articles.length; mask++) {
    const subset = articles.filter((_, i) => mask & (1 << i));
    if (subset.length < 2 || subset.length > 3) continue;
    const c = compareArticles(subset);
    const wrong = c.entities.filter((x) => x.kind === 'person' && notPeople.test(x.name));
    assert.deepEqual(wrong.map((x) => x.name), [], `articles ${subset.map((a) => a.id).join(', ')}`);
  }
  const all = compareArticles(articles).entities;
  assert.equal(kindOf(all, 'Die Zeit'), 'organization');
  assert.equal(kindOf(all, 'Security Times'), 'organization');
  assert.equal(kindOf(all, 'Theo Sommer'), 'person');
  assert.equal(kindOf(all, 'King’s College London'), 'organization');
  assert.equal(kindOf(all, 'Belt and Road Initiative'), 'organization');
  assert.ok(!all.some((x) => /Entering|and Putin/.test(x.name)));
});
