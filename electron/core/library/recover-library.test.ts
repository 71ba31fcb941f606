import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { startCore } from '..';
import { tempDir } from '../../testing/temp-dir';
import { findBackups, restoreBackup, setAsideDatabase } from './recover-library';

test('a damaged library can be set aside (kept, never deleted) and a new one started', async () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'library.sqlite'), 'garbage that is not SQLite');
  assert.throws(() => startCore({ libraryDir: dir, appVersion: 't' }), /not a Parallax library/);
  const kept = setAsideDatabase(dir, new Date('2026-01-02T03:04:05Z'));
  assert.equal(kept, path.join(dir, 'library.sqlite.set-aside-2026-01-02T03-04-05-000Z'));
  assert.equal(fs.readFileSync(kept!, 'utf8'), 'garbage that is not SQLite');
  const core = startCore({ libraryDir: dir, appVersion: 't' });
  assert.equal((await core.api.getLibraryInfo({})).articleCount, 0);
  core.close();
});

test('a backup can be restored in place of a damaged library, which is kept aside', async () => {
  const dir = tempDir();
  const good = startCore({ libraryDir: dir, appVersion: 't' });
  good.library.db.prepare('VACUUM INTO ?').run(path.join(dir, 'library.sqlite.backup'));
  good.close();
  fs.writeFileSync(path.join(dir, 'library.sqlite'), 'now damaged');
  assert.deepEqual(findBackups(dir), [path.join(dir, 'library.sqlite.backup')]);
  const { setAside } = restoreBackup(dir, findBackups(dir)[0]!);
  assert.equal(fs.readFileSync(setAside!, 'utf8'), 'now damaged');
  const core = startCore({ libraryDir: dir, appVersion: 't' });
  assert.equal((await core.api.getLibraryInfo({})).articleCount, 0);
  core.close();
});
