// Relevance regression: nDCG@5 of the judged queries on the sample corpus must not fall below the
// level measured when the judgments were written.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { startCore } from '..';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { searchArticles } from './search-articles';

interface Judged {
  query: string;
  relevant: Record<string, number>;
}

/** Measured at 0.951 when the judgments were written; lower it only with a reason. */
const MIN_MEAN_NDCG_AT_5 = Number(process.env.PARALLAX_NDCG_MIN ?? 0.93);

export function ndcgAt(k: number, ranked: string[], relevant: Record<string, number>): number {
  const dcg = (grades: number[]) => grades.slice(0, k).reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg(Object.values(relevant).sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranked.map((f) => relevant[f] ?? 0)) / ideal;
}

test('nDCG@5 of the judged sample queries stays above the measured level', async () => {
  const core = startCore({ libraryDir: tempDir(), sampleCorpusDir: SAMPLE_CORPUS, appVersion: 't' });
  const names = new Map((await core.api.listArticles({})).map((a) => [a.id, a.sourceName]));
  const { queries } = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'judgments.json'), 'utf8')) as { queries: Judged[] };
  const scores = queries.map((j) => {
    const ranked = searchArticles(core.library.db, j.query, { limit: 5 }).hits.map((h) => names.get(h.id)!);
    return { query: j.query, ndcg: ndcgAt(5, ranked, j.relevant) };
  });
  core.close();
  const mean = scores.reduce((s, x) => s + x.ndcg, 0) / scores.length;
  if (process.env.PARALLAX_NDCG_REPORT) console.log(JSON.stringify({ mean, scores }, null, 1));
  assert.ok(mean >= MIN_MEAN_NDCG_AT_5, `mean nDCG@5 ${mean.toFixed(3)} < ${MIN_MEAN_NDCG_AT_5}: ${JSON.stringify(scores)}`);
});

test('nDCG is 1 for the ideal order and lower for a worse one', () => {
  assert.equal(ndcgAt(5, ['a', 'b'], { a: 3, b: 1 }), 1);
  assert.ok(ndcgAt(5, ['b', 'a'], { a: 3, b: 1 }) < 1);
  assert.equal(ndcgAt(5, ['x'], { a: 3 }), 0);
});
