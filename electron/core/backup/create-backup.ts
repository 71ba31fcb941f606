// Writes a whole library to one `.parallax-backup` file: an SQLite copy made with VACUUM INTO
// (a consistent snapshot, even while the app is running) plus a manifest table. The library
// itself is only read.
import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { BackupManifest } from '../../../shared/backup';
import { ParallaxError } from '../../../shared/errors';
import { schemaVersion } from '../library/migrate';
import { BACKUP_FORMAT_VERSION, writeManifest } from './backup-manifest';
import { countRows, dataTables } from './library-tables';

export function createBackup(db: Database, file: string, options: { appVersion: string; now?: Date }): BackupManifest {
  if (fs.existsSync(file)) throw new ParallaxError('INVALID_INPUT', `${file} already exists; choose another name for the backup.`);
  const manifest: BackupManifest = {
    format: 'parallax-backup',
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    schemaVersion: schemaVersion(db),
    createdAt: (options.now ?? new Date()).toISOString(),
    rowCounts: countRows(db, dataTables(db)),
  };
  // Written aside and renamed, so a crash never leaves a half backup under the chosen name.
  const partial = `${file}.partial-${process.pid}`;
  try {
    fs.rmSync(partial, { force: true });
    db.prepare('VACUUM INTO ?').run(partial);
    writeManifest(partial, manifest);
    fs.renameSync(partial, file);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    if (err instanceof ParallaxError) throw err;
    throw new ParallaxError('LIBRARY_ERROR', `Could not write the backup ${file}: ${(err as Error).message}`);
  }
  return manifest;
}
