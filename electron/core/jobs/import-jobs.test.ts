import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { startCore } from '..';
import { tempDir } from '../../testing/temp-dir';
import { generatedArticle } from '../import/fixtures/generate-articles';
import { countArticles } from '../library/articles';
import { entriesForPaths } from '../library/import-paths';
import { createImportJobs } from './import-jobs';

function folderOfArticles(count: number): string {
  const dir = tempDir('parallax-jobs-');
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `article-${String(i).padStart(2, '0')}.txt`), generatedArticle(i));
  return dir;
}

test('a job reports progress as files settle and ends done with every result', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const jobs = createImportJobs(core.library.db, { workers: 2 });
  const id = jobs.start(entriesForPaths([folderOfArticles(30)]));
  const first = jobs.get(id);
  assert.equal(first.state, 'running');
  assert.equal(first.total, 30);

  const seen = new Set<number>();
  while (jobs.get(id).state === 'running') {
    seen.add(jobs.get(id).done);
    await new Promise((r) => setTimeout(r, 5));
  }
  const end = await jobs.settled(id);
  assert.equal(end.state, 'done');
  assert.equal(end.done, 30);
  assert.equal(end.currentFile, null);
  assert.equal(end.results.filter((r) => r.status === 'imported').length, 30, JSON.stringify(end.results.filter((r) => r.status !== 'imported')));
  assert.ok(seen.size > 2, `progress was visible in steps (${[...seen].join(', ')})`);
  assert.equal(countArticles(core.library.db), 30);
  core.close();
});

test('cancel stops the job and keeps exactly the articles stored before it', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const jobs = createImportJobs(core.library.db, { workers: 1 });
  const id = jobs.start(entriesForPaths([folderOfArticles(40)]));
  while (jobs.get(id).done < 3) await new Promise((r) => setTimeout(r, 5));
  const cancelled = jobs.cancel(id);
  assert.equal(cancelled.state, 'cancelled');
  const end = await jobs.settled(id);
  assert.equal(end.state, 'cancelled');
  assert.ok(end.done < 40, `stopped early (${end.done})`);
  const imported = end.results.filter((r) => r.status === 'imported');
  assert.equal(countArticles(core.library.db), imported.length);
  for (const r of imported) assert.ok(core.library.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(r.id));
  core.close();
});

test('an upload job waits for its announced later batches, and a cancelled job takes no more', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const jobs = createImportJobs(core.library.db, { workers: 1 });
  const dir = folderOfArticles(4);
  const entries = entriesForPaths([dir]);
  const id = jobs.start(entries.slice(0, 2), { expectedTotal: 4 });
  await new Promise((r) => setTimeout(r, 10));
  while (jobs.get(id).done < 2) await new Promise((r) => setTimeout(r, 5));
  assert.equal(jobs.get(id).state, 'running', 'still waiting for the second batch');
  assert.equal(jobs.get(id).total, 4);
  jobs.add(id, entries.slice(2));
  const end = await jobs.settled(id);
  assert.deepEqual([end.state, end.done], ['done', 4]);

  const other = jobs.start(entries.slice(0, 1), { expectedTotal: 3 });
  jobs.cancel(other);
  assert.throws(() => jobs.add(other, entries.slice(1, 2)), /cancelled/);
  assert.throws(() => jobs.get('0000000000-unknown'), /no longer known/);
  core.close();
});
