// Restores a backup into the open library: the backup is copied aside and brought to this app's
// schema (the backup file itself is never changed), then every data table is copied over in one
// transaction with the same ids. A library that already holds data is refused unless forced.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { RestoreReport } from '../../../shared/backup';
import { ParallaxError } from '../../../shared/errors';
import { openDatabase } from '../library/database';
import { LATEST_SCHEMA_VERSION } from '../library/migrate';
import { readManifest } from './backup-manifest';
import { columnsOf, countRows, dataTables, quoteIdentifier } from './library-tables';

const SOURCE = 'restore_source';

export function restoreBackup(db: Database, backupFile: string, options: { force?: boolean } = {}): RestoreReport {
  const manifest = readManifest(backupFile);
  if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new ParallaxError(
      'LIBRARY_ERROR',
      `This backup was made by a newer Parallax (schema ${manifest.schemaVersion}; this version knows up to ${LATEST_SCHEMA_VERSION}). Update Parallax to restore it.`,
    );
  }
  const tables = dataTables(db);
  const held = Object.entries(countRows(db, tables)).filter(([t, n]) => n > 0 && t !== 'settings');
  if (held.length && !options.force) {
    throw new ParallaxError(
      'INVALID_INPUT',
      `This library is not empty (${held.map(([t, n]) => `${n} ${t}`).join(', ')}). Restore into an empty library, or use --force to replace its contents.`,
    );
  }

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-restore-'));
  try {
    const copy = path.join(workDir, 'backup.sqlite');
    fs.copyFileSync(backupFile, copy);
    openDatabase(copy).close(); // migrates the copy to this app's schema
    db.prepare(`ATTACH DATABASE ? AS ${SOURCE}`).run(copy);
    try {
      const present = new Set(dataTables(db, SOURCE));
      db.transaction(() => {
        db.pragma('defer_foreign_keys = ON');
        for (const table of [...tables].reverse()) db.prepare(`DELETE FROM main.${quoteIdentifier(table)}`).run();
        for (const table of tables) {
          if (!present.has(table)) continue;
          const source = new Set(columnsOf(db, table, SOURCE));
          const columns = columnsOf(db, table).filter((c) => source.has(c)).map(quoteIdentifier).join(', ');
          db.prepare(`INSERT INTO main.${quoteIdentifier(table)} (${columns}) SELECT ${columns} FROM ${SOURCE}.${quoteIdentifier(table)}`).run();
        }
      })();
    } finally {
      db.prepare(`DETACH DATABASE ${SOURCE}`).run();
    }
    return { manifest, rowCounts: countRows(db, tables) };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
