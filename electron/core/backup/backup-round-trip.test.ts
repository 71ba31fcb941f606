// Backup → restore into an empty library gives an identical library, table by table and row by
// row; a library with data is refused unless forced; neither the source library nor the backup
// file is changed.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import { startCore, type Core } from '..';
import { setSetting } from '../library/settings';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { createBackup } from './create-backup';
import { readManifest } from './backup-manifest';
import { dataTables, quoteIdentifier } from './library-tables';
import { restoreBackup } from './restore-backup';

async function annotatedLibrary(): Promise<Core> {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't', sampleCorpusDir: SAMPLE_CORPUS });
  const [first, second] = await core.api.listArticles({});
  assert.ok(first && second, 'the sample corpus has articles');
  await core.api.createHighlight({ articleId: first.id, start: 0, end: 12, color: 'blue', tags: ['lede'], note: 'Opening #framing' });
  await core.api.createHighlight({ articleId: second.id, start: 5, end: 30, color: 'purple' });
  await core.api.saveArticleNote({ articleId: second.id, body: 'Compare with the first. #energy' });
  await core.api.setArticleTags({ articleId: first.id, tags: ['europe', 'gas'] });
  await core.api.saveSearch({ name: 'Gas', query: 'gas' });
  setSetting(core.library.db, 'reader.theme', 'dark');
  return core;
}

function snapshot(db: Database): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of dataTables(db)) out[table] = db.prepare(`SELECT * FROM ${quoteIdentifier(table)} ORDER BY 1, 2`).all();
  return out;
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

test('backup → restore into an empty library gives an identical library, original bytes included', async () => {
  const source = await annotatedLibrary();
  const before = snapshot(source.library.db);
  const file = path.join(tempDir(), 'library.parallax-backup');
  const manifest = createBackup(source.library.db, file, { appVersion: 't' });
  assert.equal(manifest.rowCounts.articles, before.articles!.length);
  assert.deepEqual(readManifest(file), manifest);
  assert.deepEqual(snapshot(source.library.db), before, 'making a backup changes nothing in the library');
  assert.ok(before.article_originals!.length > 0 && before.article_tags!.length === 2 && before.saved_searches!.length === 1);

  const backupHash = sha(file);
  const target = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const report = restoreBackup(target.library.db, file);
  assert.deepEqual(report.rowCounts, manifest.rowCounts);
  assert.deepEqual(snapshot(target.library.db), before);
  assert.equal(sha(file), backupHash, 'the backup file is not changed by restoring it');

  // Derived indexes are rebuilt: search and annotations work in the restored library.
  const hits = await target.api.search({ query: 'gas' });
  const sourceHits = await source.api.search({ query: 'gas' });
  assert.deepEqual(hits.hits.map((h) => h.id), sourceHits.hits.map((h) => h.id));
  assert.deepEqual(await target.api.listTags({}), await source.api.listTags({}));
  assert.deepEqual(await target.api.listAllAnnotations({}), await source.api.listAllAnnotations({}));
  source.close();
  target.close();
});

test('restoring refuses a library with data unless forced, and refuses files that are not backups', async () => {
  const source = await annotatedLibrary();
  const file = path.join(tempDir(), 'b.parallax-backup');
  createBackup(source.library.db, file, { appVersion: 't' });
  assert.throws(() => createBackup(source.library.db, file, { appVersion: 't' }), /already exists/);

  const other = startCore({ libraryDir: tempDir(), appVersion: 't', sampleCorpusDir: SAMPLE_CORPUS });
  const otherBefore = snapshot(other.library.db);
  assert.throws(() => restoreBackup(other.library.db, file), /not empty/);
  assert.deepEqual(snapshot(other.library.db), otherBefore, 'a refused restore changes nothing');
  restoreBackup(other.library.db, file, { force: true });
  assert.deepEqual(snapshot(other.library.db), snapshot(source.library.db));

  const notBackup = path.join(tempDir(), 'x.parallax-backup');
  fs.writeFileSync(notBackup, 'hello');
  assert.throws(() => restoreBackup(other.library.db, notBackup), /not a Parallax backup|Could not open/);
  assert.throws(() => restoreBackup(other.library.db, source.library.file), /not a Parallax backup/);
  source.close();
  other.close();
});

test('the API hands the backup over by content and restores from it', async () => {
  const source = await annotatedLibrary();
  const backup = await source.api.backupLibrary({});
  assert.match(backup.fileName, /\.parallax-backup$/);
  const target = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const report = await target.api.restoreLibrary({ dataBase64: backup.dataBase64 });
  assert.equal(report.rowCounts.highlights, 2);
  assert.deepEqual(snapshot(target.library.db), snapshot(source.library.db));
  source.close();
  target.close();
});

test('a forced restore through the API first backs up the library it replaces; damaged and foreign files are refused with a clear message', async () => {
  const source = await annotatedLibrary();
  const backup = await source.api.backupLibrary({});
  const dir = tempDir();
  const target = startCore({ libraryDir: dir, appVersion: 't', sampleCorpusDir: SAMPLE_CORPUS });
  await target.api.createHighlight({ articleId: (await target.api.listArticles({}))[0]!.id, start: 0, end: 9, color: 'green', note: 'mine' });
  const before = snapshot(target.library.db);

  await assert.rejects(target.api.restoreLibrary({ dataBase64: backup.dataBase64 }), /not empty/);
  const bytes = Buffer.from(backup.dataBase64, 'base64');
  const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
  await assert.rejects(target.api.restoreLibrary({ dataBase64: cut.toString('base64'), force: true }), /The chosen file is a damaged backup|The chosen file is not a Parallax backup/);
  await assert.rejects(
    target.api.restoreLibrary({ dataBase64: Buffer.from('{"hello": "world"}').toString('base64'), force: true }),
    /^ParallaxError: The chosen file is not a Parallax backup|The chosen file is not a Parallax backup/,
  );
  await assert.rejects(
    target.api.restoreLibrary({ dataBase64: fs.readFileSync(source.library.file).toString('base64'), force: true }),
    /The chosen file is not a Parallax backup \(it has no backup manifest\)/,
  );
  assert.deepEqual(snapshot(target.library.db), before, 'refused restores change nothing');

  const report = await target.api.restoreLibrary({ dataBase64: backup.dataBase64, force: true });
  assert.deepEqual(snapshot(target.library.db), snapshot(source.library.db));
  assert.ok(report.previousLibrary && report.previousLibrary.startsWith(path.join(dir, 'backups')));
  // The replaced library comes back whole from the copy kept aside.
  const again = startCore({ libraryDir: tempDir(), appVersion: 't' });
  restoreBackup(again.library.db, report.previousLibrary);
  assert.deepEqual(snapshot(again.library.db), before);
  // Into an empty library nothing is kept aside: there was nothing to keep.
  const empty = startCore({ libraryDir: tempDir(), appVersion: 't' });
  assert.equal((await empty.api.restoreLibrary({ dataBase64: backup.dataBase64 })).previousLibrary, null);
  for (const core of [source, target, again, empty]) core.close();
});
