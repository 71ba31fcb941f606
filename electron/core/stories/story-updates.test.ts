// Stories are placed after an import, in the background, without a story call: real files through
// the real importer; a lightly edited wire copy kept by the person counts as a reprint, not a report.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { startCore } from '..';
import { importSource, importSources } from '../library/import-into-library';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { storyUpdatesSettled } from './story-updates';

test('an import places its articles in stories afterwards; a kept wire copy is a reprint of one report', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const db = core.library.db;
  try {
    const files = fs.readdirSync(SAMPLE_CORPUS).filter((f) => f.endsWith('.txt')).sort();
    const report = await importSources(db, files.map((f) => ({ label: f, group: 'samples', read: async () => ({ name: f, bytes: fs.readFileSync(path.join(SAMPLE_CORPUS, f)) }) })), { workers: 1 });
    assert.equal(report.imported, files.length);
    await storyUpdatesSettled(db);
    assert.equal(db.prepare('SELECT count(*) FROM story_articles').pluck().get(), files.length, 'every article placed without a story call');

    const original = fs.readFileSync(path.join(SAMPLE_CORPUS, files[0]!), 'utf8');
    const words = original.split(' ');
    const copy = 'Distributed by a news agency. ' + words.map((w, i) => (i % 80 === 40 ? w.toUpperCase() : w)).join(' ');
    const kept = await importSource(db, { name: 'wire-copy.txt', bytes: Buffer.from(copy) }, 'wire-copy.txt', { keepNearDuplicates: true });
    assert.equal(kept.status, 'imported');
    await storyUpdatesSettled(db);
    const originalId = report.results.find((r) => r.file === files[0])!.id!;
    const storyId = db.prepare('SELECT story_id FROM story_articles WHERE article_id = ?').pluck().get(kept.id) as number;
    assert.equal(storyId, db.prepare('SELECT story_id FROM story_articles WHERE article_id = ?').pluck().get(originalId), 'the copy joins its original\'s story');

    const story = (await core.api.listStories({})).find((s) => s.id === storyId)!;
    assert.equal(story.articleCount, 2);
    assert.equal(story.independentCount, 1);
    assert.equal(story.reprintCount, 1);
    const detail = await core.api.getStory({ id: storyId });
    assert.equal(detail.articles.find((a) => a.id === kept.id)?.reprintOf, originalId);
    const related = await core.api.relatedArticles({ id: originalId });
    assert.equal(related.related.find((r) => r.id === kept.id)?.reprint, true);
  } finally {
    core.close();
  }
});
