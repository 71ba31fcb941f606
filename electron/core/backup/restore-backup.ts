// Restores a backup into the open library: the backup is copied aside and brought to this app's
// schema (the backup file itself is never changed), then every data table is copied over in one
// transaction with the same ids. A library that already holds data is refused unless forced; a
// forced restore can first back the library up beside it, so nothing that was there is lost.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { RestoreReport } from '../../../shared/backup';
import { ParallaxError } from '../../../shared/errors';
import { openDatabase } from '../library/database';
import { LATEST_SCHEMA_VERSION } from '../library/migrate';
import { damaged, readManifest } from './backup-manifest';
import { createBackup } from './create-backup';
import { columnsOf, countRows, dataTables, quoteIdentifier } from './library-tables';

const SOURCE = 'restore_source';

export interface RestoreOptions {
  /** Replace a library that already holds data. */
  force?: boolean;
  /** How to name the backup file in messages. */
  shownAs?: string;
  /** Before replacing data, back the library up into this folder. */
  keepPreviousIn?: string;
  appVersion?: string;
}

export function restoreBackup(db: Database, backupFile: string, options: RestoreOptions = {}): RestoreReport {
  const shownAs = options.shownAs ?? backupFile;
  const manifest = readManifest(backupFile, shownAs);
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
  let previousLibrary: string | null = null;

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-restore-'));
  try {
    const copy = path.join(workDir, 'backup.sqlite');
    fs.copyFileSync(backupFile, copy);
    checkIntact(copy, shownAs);
    openDatabase(copy).close(); // migrates the copy to this app's schema
    if (held.length && options.keepPreviousIn) previousLibrary = keepPrevious(db, options.keepPreviousIn, options.appVersion ?? 'unknown');
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
    return { manifest, rowCounts: countRows(db, tables), previousLibrary };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

function checkIntact(file: string, shownAs: string): void {
  let result: unknown;
  try {
    const copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      result = copy.pragma('quick_check', { simple: true });
    } finally {
      copy.close();
    }
  } catch (err) {
    throw damaged(shownAs, err);
  }
  if (result !== 'ok') throw damaged(shownAs, new Error(String(result)));
}

/** The library as it was, backed up beside it before a forced restore replaces it. */
function keepPrevious(db: Database, dir: string, appVersion: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `library-before-restore-${stamp}.parallax-backup`);
  createBackup(db, file, { appVersion });
  return file;
}
