import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSentenceVectors, findSimilarPairs, sentenceSimilarity } from './similarity';
import { stem } from './words';

function score(a: string, b: string, extra: string[] = []): number {
  const v = buildSentenceVectors([a, b, ...extra].map((text, i) => ({ articleId: i + 1, text })));
  return sentenceSimilarity(v[0]!, v[1]!);
}

const filler = [
  'The weather in the capital was mild for the season.',
  'Markets closed higher after a quiet trading session.',
  'A new museum opened its doors to the public.',
  'The football team won its third match in a row.',
];

test('stemming-lite joins inflections and British/American spellings', () => {
  assert.equal(stem('recognised'), stem('recognized'));
  assert.equal(stem('recognize'), stem('recognized'));
  assert.equal(stem('met'), stem('meeting'));
  assert.equal(stem('leaders'), stem('leader'));
  assert.equal(stem('37th'), '#37');
});

test('a paraphrase of the same claim scores well above an unrelated sentence', () => {
  const a = 'China has never recognized the annexation of Crimea.';
  const b = 'China has never officially recognised Putin’s annexation of the Crimea.';
  const c = 'The football team won its third match in a row.';
  assert.ok(score(a, b, filler) > 0.45, `paraphrase ${score(a, b, filler)}`);
  assert.ok(score(a, c, filler) < 0.1);
});

test('sentences that share only stop words score zero', () => {
  assert.equal(score('It was in the middle of all of this that they were there.', 'They were not in it at all, and this was there.', filler), 0);
});

test('pairs come only across articles and above the bar, in a stable order', () => {
  const inputs = [
    { articleId: 1, text: 'Xi and Putin met by video conference on Wednesday.' },
    { articleId: 1, text: 'Xi and Putin met by video conference again.' },
    { articleId: 2, text: 'Putin and Xi met via video conference on Wednesday.' },
    { articleId: 2, text: 'A new museum opened its doors to the public.' },
  ];
  const pairs = findSimilarPairs(buildSentenceVectors(inputs), 0.3);
  assert.deepEqual(pairs.map((p) => [p.a, p.b]), [[0, 2], [1, 2]]);
  assert.deepEqual(findSimilarPairs(buildSentenceVectors(inputs), 0.3), pairs);
});

test('library document frequencies down-weigh words that are common in the library', () => {
  const inputs = ['Russia signs the treaty with Beijing.', 'Russia rejects the deal with Moscow.'].map((text, i) => ({ articleId: i + 1, text }));
  const plain = buildSentenceVectors(inputs);
  const common = buildSentenceVectors(inputs, { documents: 1000, documentFrequency: (w) => (w === 'russia' ? 990 : 5) });
  assert.ok(sentenceSimilarity(common[0]!, common[1]!) < sentenceSimilarity(plain[0]!, plain[1]!));
});
