// Opens the one SQLite connection of a process: WAL, foreign keys, schema checked and migrated.
// A file that is not a Parallax library is refused with a clear message, never overwritten.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { ParallaxError } from '../../../shared/errors';
import { migrate } from './migrate';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface OpenDatabaseOptions {
  /** Path of a better_sqlite3.node built for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  refuseForeignFile(file);
  let db: Database;
  try {
    db = new BetterSqlite3(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (err) {
    throw new ParallaxError('LIBRARY_ERROR', `Could not open the library at ${file}: ${(err as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    refuseForeignSchema(db, file);
    migrate(db, { backupPath: path.join(path.dirname(file), `${path.basename(file)}.before-migration`) });
    return db;
  } catch (err) {
    db.close();
    if (err instanceof ParallaxError) throw err;
    throw new ParallaxError(
      'LIBRARY_ERROR',
      `The library at ${file} could not be read (${(err as Error).message}). It may be damaged; it was not changed. Open a backup or start a new library with --library <folder>.`,
    );
  }
}

function refuseForeignFile(file: string): void {
  if (!fs.existsSync(file)) return;
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw new ParallaxError('LIBRARY_ERROR', `${file} is not a file.`);
  if (stat.size === 0) return;
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(16);
  fs.readSync(fd, head, 0, 16, 0);
  fs.closeSync(fd);
  if (head.toString('latin1') !== SQLITE_MAGIC) {
    throw new ParallaxError(
      'LIBRARY_ERROR',
      `${file} is not a Parallax library (not an SQLite database). It was left untouched; choose another folder with --library.`,
    );
  }
}

function refuseForeignSchema(db: Database, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > 0) return;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  if (tables.length > 0) {
    throw new ParallaxError(
      'LIBRARY_ERROR',
      `${file} is an SQLite database of another program, not a Parallax library. It was left untouched.`,
    );
  }
}
