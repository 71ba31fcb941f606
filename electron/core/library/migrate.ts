// Brings a library's schema up to date. A library newer than this app is refused, not touched;
// a library with data is copied aside before it is changed, and a failed step rolls back.
import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { ParallaxError } from '../../../shared/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(
  db: Database,
  options: { backupPath?: string; migrations?: readonly Migration[] } = {},
): { from: number; to: number; backup: string | null } {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const from = schemaVersion(db);
  if (from > latest) {
    throw new ParallaxError(
      'LIBRARY_ERROR',
      `This library was saved by a newer version of Parallax (schema ${from}; this version knows up to ${latest}). Update Parallax to open it; the library was not changed.`,
    );
  }
  const pending = migrations.filter((m) => m.version > from);
  if (!pending.length) return { from, to: from, backup: null };

  let backup: string | null = null;
  if (from > 0 && options.backupPath) {
    fs.rmSync(options.backupPath, { force: true });
    db.prepare('VACUUM INTO ?').run(options.backupPath);
    backup = options.backupPath;
  }
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: schemaVersion(db), backup };
}

export { LATEST_SCHEMA_VERSION };
