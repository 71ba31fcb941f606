// Ways out when a library cannot be opened (damaged, foreign, or from a newer Parallax): set the
// database file aside under a new name, never deleting or overwriting it, and start afresh or from
// a backup copy. Used by the desktop app's start-up dialog.
import fs from 'node:fs';
import path from 'node:path';
import { ParallaxError } from '../../../shared/errors';
import { DATABASE_FILE } from './library-dir';

const SIDECARS = ['', '-wal', '-shm'];

/** Backups found next to the database, newest first (e.g. the copy made before a migration). */
export function findBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(`${DATABASE_FILE}.`) && /\.(before-migration|backup)$/.test(name))
    .map((name) => path.join(dir, name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
}

/** Renames the database (and its WAL files) to `library.sqlite.set-aside-<time>`; returns the new path. */
export function setAsideDatabase(dir: string, now = new Date()): string | null {
  const file = path.join(dir, DATABASE_FILE);
  if (!fs.existsSync(file)) return null;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${DATABASE_FILE}.set-aside-${stamp}`);
  for (const suffix of SIDECARS) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}

/** Sets the current database aside and puts a copy of the backup in its place. */
export function restoreBackup(dir: string, backup: string): { setAside: string | null } {
  if (!fs.existsSync(backup)) throw new ParallaxError('NOT_FOUND', `The backup ${backup} does not exist.`);
  const setAside = setAsideDatabase(dir);
  fs.copyFileSync(backup, path.join(dir, DATABASE_FILE));
  return { setAside };
}
