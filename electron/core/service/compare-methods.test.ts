// compareArticles end to end on a real library: the sample corpus imported, compared through the
// service and through the validated handler table, with library document frequencies in play.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startCore } from '..';
import { Comparison } from '../../../shared/comparison';
import { ParallaxError } from '../../../shared/errors';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { libraryFrequencies } from '../compare/library-frequencies';

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
    const viaHandler = await core.handlers.compareArticles({ ids: [ids[0]] });
    assert.equal(viaHandler.ok, false);
    assert.equal(!viaHandler.ok && viaHandler.error.code, 'INVALID_INPUT');
    await assert.rejects(core.api.compareArticles({ ids: [ids[0]!, 9999] }), (err: unknown) => err instanceof ParallaxError && err.code === 'NOT_FOUND');
  } finally {
    core.close();
  }
});
