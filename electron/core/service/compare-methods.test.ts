// compareArticles end to end on a real library: the sample corpus imported, compared through the
// service (in the worker thread) and through the validated handler table, with library document
// frequencies in play; and the job API that streams sections to the pane.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startCore } from '..';
import { Comparison, ComparisonJob } from '../../../shared/comparison';
import { ParallaxError } from '../../../shared/errors';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { compareArticles } from '../compare/compare-articles';
import { libraryFrequencies } from '../compare/library-frequencies';
import { getArticle } from '../library/articles';

test('compares imported articles; bad input and unknown ids are errors, not crashes', async () => {
  const core = startCore({ libraryDir: tempDir(), sampleCorpusDir: SAMPLE_CORPUS, appVersion: 't' });
  try {
    const ids = (await core.api.listArticles({})).map((a) => a.id);
    assert.equal(ids.length, 5);
    const frequencies = libraryFrequencies(core.library.db);
    if (frequencies) assert.ok((frequencies.documentFrequency('putin') ?? 0) >= 4);
    const c = Comparison.parse(await core.api.compareArticles({ ids }));
    assert.deepEqual(c.articles.map((a) => a.id), ids);
    assert.ok(c.figureDiscrepancies.some((d) => d.measure === 'meeting'));
    // The worker's answer is exactly the pure comparison with the library's frequencies, key order included.
    const articles = ids.map((id) => getArticle(core.library.db, id));
    assert.equal(JSON.stringify(c), JSON.stringify(compareArticles(articles, { library: frequencies })));
    const viaHandler = await core.handlers.compareArticles({ ids: [ids[0]] });
    assert.equal(viaHandler.ok, false);
    assert.equal(!viaHandler.ok && viaHandler.error.code, 'INVALID_INPUT');
    await assert.rejects(core.api.compareArticles({ ids: [ids[0]!, 9999] }), (err: unknown) => err instanceof ParallaxError && err.code === 'NOT_FOUND');
  } finally {
    core.close();
  }
});

test('a comparison job through the handler table: started, polled section by section, cancelled', async () => {
  const core = startCore({ libraryDir: tempDir(), sampleCorpusDir: SAMPLE_CORPUS, appVersion: 't' });
  try {
    const ids = (await core.api.listArticles({})).map((a) => a.id).slice(0, 3);
    const started = await core.handlers.startComparison({ ids });
    assert.ok(started.ok);
    const { jobId } = started.value as { jobId: string };
    let job: ComparisonJob;
    do {
      await new Promise((r) => setTimeout(r, 10));
      const polled = await core.handlers.getComparisonJob({ jobId, known: ['articles'] });
      assert.ok(polled.ok);
      job = ComparisonJob.parse(polled.value);
      assert.equal(job.comparison.articles, undefined);
    } while (job.state === 'running');
    assert.equal(job.state, 'done');
    assert.ok(job.comparison.sharedClaims && job.comparison.coverage);

    const again = await core.api.startComparison({ ids });
    assert.equal((await core.api.cancelComparison(again)).state, 'cancelled');
    const bad = await core.handlers.getComparisonJob({ jobId: 'not a job' });
    assert.equal(!bad.ok && bad.error.code, 'INVALID_INPUT');
    const gone = await core.handlers.getComparisonJob({ jobId: '12345678-gone' });
    assert.equal(!gone.ok && gone.error.code, 'NOT_FOUND');
    await assert.rejects(core.api.startComparison({ ids: [ids[0]!, 9999] }), (err: unknown) => err instanceof ParallaxError && err.code === 'NOT_FOUND');
  } finally {
    core.close();
  }
});
