import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startCore } from '..';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { statusAfterReading } from './reading-progress';

test('status follows the furthest point read: reading once started, done from 90 %', () => {
  assert.equal(statusAfterReading(null, false, 0, 0), 'unread');
  assert.equal(statusAfterReading(null, false, 0.3, 0.3), 'reading');
  assert.equal(statusAfterReading('reading', false, 0.9, 0.9), 'done');
  // Scrolling back up does not undo having read it.
  assert.equal(statusAfterReading('done', false, 0.95, 0.1), 'done');
});

test('a status set by hand holds until reading says otherwise', () => {
  assert.equal(statusAfterReading('done', true, 0.2, 0.2), 'done');
  assert.equal(statusAfterReading('reading', true, 1, 0.5), 'reading');
  assert.equal(statusAfterReading('reading', true, 1, 0.95), 'done');
  assert.equal(statusAfterReading('unread', true, 0.1, 0.1), 'reading');
});

test('progress is saved through the API, listed with the articles and kept across restarts', async () => {
  const core = startCore({ libraryDir: tempDir(), sampleCorpusDir: SAMPLE_CORPUS, appVersion: 't' });
  const [first, second] = await core.api.listArticles({});
  assert.equal(first!.readingStatus, undefined);
  await core.api.setReadingProgress({ id: first!.id, fraction: 0.5 });
  const back = await core.api.setReadingProgress({ id: first!.id, fraction: 0.2 });
  assert.deepEqual([back.status, back.progress, back.position], ['reading', 0.5, 0.2]);
  const done = await core.api.setReadingStatus({ id: second!.id, status: 'done' });
  assert.equal(done.status, 'done');
  core.close();

  const again = startCore({ libraryDir: core.library.dir, appVersion: 't' });
  const listed = await again.api.listArticles({});
  const one = listed.find((a) => a.id === first!.id)!;
  assert.deepEqual([one.readingStatus, one.readingProgress, one.readingPosition], ['reading', 0.5, 0.2]);
  assert.equal(listed.find((a) => a.id === second!.id)!.readingStatus, 'done');
  assert.equal((await again.api.getArticle({ id: first!.id })).readingPosition, 0.2);
  const unread = await again.api.setReadingStatus({ id: first!.id, status: 'unread' });
  assert.deepEqual([unread.status, unread.progress, unread.position], ['unread', 0, 0]);
  await assert.rejects(again.api.setReadingProgress({ id: 9999, fraction: 0.5 }), /no article 9999/);
  again.close();
});
