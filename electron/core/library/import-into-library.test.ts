import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { importSampleCorpusOnce, startCore } from '..';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { countArticles, getArticle } from './articles';
import { importPaths } from './import-paths';
import { importSource } from './import-into-library';

test('first run imports the sample corpus once; later runs and deletions do not bring it back', async () => {
  const dir = tempDir();
  const first = startCore({ libraryDir: dir, appVersion: 't' });
  assert.equal((await importSampleCorpusOnce(first, SAMPLE_CORPUS))?.imported, 5);
  const [one] = await first.api.listArticles({});
  await first.api.deleteArticle({ id: one!.id });
  first.close();

  const second = startCore({ libraryDir: dir, appVersion: 't' });
  assert.equal(await importSampleCorpusOnce(second, SAMPLE_CORPUS), null);
  assert.equal((await second.api.listArticles({})).length, 4);
  second.close();
});

test('the same text from a differently named file is a duplicate, not a second article', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const bytes = fs.readFileSync(path.join(SAMPLE_CORPUS, '004_e731bccc482f2f40.txt'));
  const a = await importSource(core.library.db, { name: 'a.txt', bytes });
  const b = await importSource(core.library.db, { name: 'copy of a.txt', bytes: Buffer.concat([bytes, Buffer.from('\n\n')]) });
  assert.equal(a.status, 'imported');
  assert.equal(b.status, 'duplicate');
  assert.equal(b.id, a.id);
  assert.equal(countArticles(core.library.db), 1);
  core.close();
});

test('a rejected file in a folder does not stop the others and stores nothing for itself', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const dir = tempDir();
  fs.copyFileSync(path.join(SAMPLE_CORPUS, '001_2c1e48a54db9db98.txt'), path.join(dir, 'cnn.txt'));
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8, 0, 0]));
  const report = await importPaths(core.library.db, [dir]);
  assert.equal(report.imported, 1);
  assert.equal(report.rejected, 2);
  for (const r of report.results.filter((x) => x.status === 'rejected')) {
    assert.ok(r.code && r.reason && r.reason.length > 5, `specific reason for ${r.file}`);
  }
  assert.equal(countArticles(core.library.db), 1);
  core.close();
});

test('an imported article keeps its original bytes and is searchable at once', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const bytes = fs.readFileSync(path.join(SAMPLE_CORPUS, '003_2a691994ea76d15d.txt'));
  const item = await importSource(core.library.db, { name: '003.txt', bytes });
  assert.equal(item.status, 'imported');
  const stored = core.library.db.prepare('SELECT bytes FROM article_originals WHERE article_id = ?').get(item.id) as { bytes: Buffer };
  assert.ok(stored.bytes.equals(bytes));
  const result = await core.api.search({ query: 'Dräger OR bedfellows' });
  assert.deepEqual(result.hits.map((h) => h.id), [item.id]);
  assert.ok(getArticle(core.library.db, item.id!).wordCount > 500);
  core.close();
});

test('editing metadata is saved, remembered as edited, and searchable', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const bytes = fs.readFileSync(path.join(SAMPLE_CORPUS, '002_8c61eab635a33c70.txt'));
  const { id } = await importSource(core.library.db, { name: '002.txt', bytes });
  const updated = await core.api.updateMetadata({ id: id!, patch: { outlet: 'South China Morning Post', publishedAt: '2021-12-20' } });
  assert.equal(updated.outlet, 'South China Morning Post');
  assert.deepEqual(updated.editedFields, ['outlet', 'publishedAt']);
  const hits = await core.api.search({ query: 'outlet:"morning post"' });
  assert.deepEqual(hits.hits.map((h) => h.id), [id]);
  core.close();
});

test('importPaths reports progress per file and stores each article as it arrives', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const seen: [number, number, string, string][] = [];
  const report = await importPaths(core.library.db, [SAMPLE_CORPUS], {
    onProgress: (done, total, file, item) => {
      seen.push([done, total, path.basename(file), item.status]);
      assert.equal(countArticles(core.library.db), done, 'stored before it is reported');
    },
  });
  assert.equal(report.imported, 5);
  assert.deepEqual(seen.map(([done, total]) => [done, total]), [[1, 5], [2, 5], [3, 5], [4, 5], [5, 5]]);
  assert.deepEqual(seen.map((s) => s[2]).sort(), fs.readdirSync(SAMPLE_CORPUS).sort());
  core.close();
});

test('a cancelled import stops storing, keeps what it stored, and lists only the files it settled', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const stop = new AbortController();
  const report = await importPaths(core.library.db, [SAMPLE_CORPUS], {
    signal: stop.signal,
    onProgress: (done) => {
      if (done === 2) stop.abort();
    },
  });
  assert.equal(report.results.length, 2);
  assert.equal(report.imported, 2);
  assert.equal(countArticles(core.library.db), 2);
  core.close();
});
