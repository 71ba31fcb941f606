// The manifest a backup file carries in its own table: what made it, from which schema, and how
// many rows each table held, so a restore can say what it brought back and refuse other files.
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

export function readManifest(file: string): BackupManifest {
  let db: Database;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new ParallaxError('INVALID_INPUT', `Could not open the backup ${file}: ${(err as Error).message}`);
  }
  try {
    const row = db.prepare(`SELECT value FROM ${MANIFEST_TABLE} WHERE key = 'manifest'`).get() as { value: string } | undefined;
    const parsed = row ? BackupManifest.safeParse(JSON.parse(row.value)) : null;
    if (!parsed?.success) throw new Error('no manifest');
    return parsed.data;
  } catch {
    throw new ParallaxError('INVALID_INPUT', `${file} is not a Parallax backup (it has no backup manifest).`);
  } finally {
    db.close();
  }
}
