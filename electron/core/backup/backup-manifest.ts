// The manifest a backup file carries in its own table: what made it, from which schema, and how
// many rows each table held, so a restore can say what it brought back and refuse other files.
import fs from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { BackupManifest } from '../../../shared/backup';
import { ParallaxError } from '../../../shared/errors';
import { MANIFEST_TABLE } from './library-tables';

export const BACKUP_FORMAT_VERSION = 1;

export function writeManifest(file: string, manifest: BackupManifest): void {
  const db = new BetterSqlite3(file);
  try {
    db.exec(`CREATE TABLE ${MANIFEST_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    db.prepare(`INSERT INTO ${MANIFEST_TABLE} (key, value) VALUES ('manifest', ?)`).run(JSON.stringify(manifest));
  } finally {
    db.close();
  }
}

const SQLITE_HEADER = 'SQLite format 3\0';

/** `shownAs` names the file in messages (an upload has no path worth showing). */
export function readManifest(file: string, shownAs = file): BackupManifest {
  if (!isSqliteFile(file)) {
    throw new ParallaxError('INVALID_INPUT', `${shownAs} is not a Parallax backup (backups are made with "Back up library").`);
  }
  let db: Database;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new ParallaxError('INVALID_INPUT', `Could not open ${shownAs} as a backup: ${(err as Error).message}`);
  }
  try {
    let value: string | undefined;
    try {
      const hasManifest = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MANIFEST_TABLE);
      if (!hasManifest) throw new ParallaxError('INVALID_INPUT', `${shownAs} is not a Parallax backup (it has no backup manifest).`);
      value = (db.prepare(`SELECT value FROM ${MANIFEST_TABLE} WHERE key = 'manifest'`).get() as { value: string } | undefined)?.value;
    } catch (err) {
      if (err instanceof ParallaxError) throw err;
      throw damaged(shownAs, err);
    }
    const parsed = value ? BackupManifest.safeParse(safeJson(value)) : null;
    if (!parsed?.success) throw new ParallaxError('INVALID_INPUT', `${shownAs} is not a Parallax backup (its manifest is not one Parallax wrote).`);
    return parsed.data;
  } finally {
    db.close();
  }
}

/** A backup whose SQLite pages are cut short or corrupted. */
export function damaged(shownAs: string, err: unknown): ParallaxError {
  return new ParallaxError('INVALID_INPUT', `${shownAs} is a damaged backup and cannot be restored (${(err as Error).message}).`);
}

function isSqliteFile(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(SQLITE_HEADER.length);
      return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.toString('latin1') === SQLITE_HEADER;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
