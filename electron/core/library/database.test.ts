import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { ParallaxError } from '../../../shared/errors';
import { tempDir } from '../../testing/temp-dir';
import { openDatabase } from './database';
import { migrate, schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

test('a new library is created in WAL mode with foreign keys and the latest schema', () => {
  const file = path.join(tempDir(), 'library.sqlite');
  const db = openDatabase(file);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  assert.equal(schemaVersion(db), LATEST_SCHEMA_VERSION);
  db.close();
  assert.ok(fs.existsSync(file));
});

test('a file that is not SQLite is refused and left byte-for-byte untouched', () => {
  const file = path.join(tempDir(), 'library.sqlite');
  fs.writeFileSync(file, 'my precious notes, not a database');
  assert.throws(() => openDatabase(file), (e: unknown) => e instanceof ParallaxError && e.code === 'LIBRARY_ERROR' && /not a Parallax library/.test(e.message));
  assert.equal(fs.readFileSync(file, 'utf8'), 'my precious notes, not a database');
});

test("another program's SQLite database is refused, not migrated", () => {
  const file = path.join(tempDir(), 'library.sqlite');
  const foreign = new BetterSqlite3(file);
  foreign.exec('CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (\'Ada\')');
  foreign.close();
  assert.throws(() => openDatabase(file), /another program/);
  const check = new BetterSqlite3(file);
  assert.deepEqual(check.prepare('SELECT name FROM contacts').all(), [{ name: 'Ada' }]);
  assert.equal(check.pragma('user_version', { simple: true }), 0);
  check.close();
});

test('a library from a newer Parallax is refused and not touched', () => {
  const file = path.join(tempDir(), 'library.sqlite');
  openDatabase(file).close();
  const db = new BetterSqlite3(file);
  db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
  db.close();
  assert.throws(() => openDatabase(file), /newer version of Parallax/);
  const again = new BetterSqlite3(file);
  assert.equal(again.pragma('user_version', { simple: true }), LATEST_SCHEMA_VERSION + 5);
  again.close();
});

test('migrating from schema 1 with articles keeps them, indexes them for search and backs up first', () => {
  const dir = tempDir();
  const file = path.join(dir, 'library.sqlite');
  const v1 = new BetterSqlite3(file);
  migrate(v1, { migrations: MIGRATIONS.slice(0, 1) });
  assert.equal(schemaVersion(v1), 1);
  v1.prepare(
    `INSERT INTO articles (title, blocks_json, body, word_count, content_hash, source_name, source_format, imported_at, updated_at)
     VALUES ('Gas station economy', '[]', 'Russia is not much more than a gas station', 8, 'h1', 'a.txt', 'txt', 'now', 'now')`,
  ).run();
  v1.close();

  const db = openDatabase(file);
  assert.equal(schemaVersion(db), LATEST_SCHEMA_VERSION);
  const hits = db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'gas'").all();
  assert.equal(hits.length, 1);
  db.close();
  const backup = path.join(dir, 'library.sqlite.before-migration');
  assert.ok(fs.existsSync(backup), 'backup written before migrating');
  const old = new BetterSqlite3(backup, { readonly: true });
  assert.equal(old.pragma('user_version', { simple: true }), 1);
  old.close();
});

test('a migration that fails rolls back and leaves the library usable at its old version', () => {
  const file = path.join(tempDir(), 'library.sqlite');
  const db = new BetterSqlite3(file);
  migrate(db, { migrations: MIGRATIONS.slice(0, 1) });
  const broken = { version: 2, name: 'broken', up: (d: typeof db) => d.exec('CREATE TABLE half (x); SELECT * FROM no_such_table') };
  assert.throws(() => migrate(db, { migrations: [MIGRATIONS[0]!, broken] }));
  assert.equal(schemaVersion(db), 1);
  assert.equal(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get() instanceof Object, true);
  assert.equal((db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get() as { n: number }).n, 0);
  db.close();
});

test('every earlier schema version with an article in it migrates to the latest and keeps it searchable', () => {
  for (let count = 1; count < MIGRATIONS.length; count++) {
    const version = MIGRATIONS[count - 1]!.version;
    const dir = tempDir();
    const file = path.join(dir, 'library.sqlite');
    const old = new BetterSqlite3(file);
    migrate(old, { migrations: MIGRATIONS.slice(0, count) });
    assert.equal(schemaVersion(old), version);
    const id = Number(
      old
        .prepare(
          `INSERT INTO articles (title, blocks_json, body, word_count, content_hash, source_name, source_format, imported_at, updated_at)
           VALUES ('Pipeline talks', '[{"type":"paragraph","text":"The pipeline talks stalled over price."}]',
                   'The pipeline talks stalled over price.', 6, ?, 'p.txt', 'txt', 'now', 'now')`,
        )
        .run(`hash-${version}`).lastInsertRowid,
    );
    old.prepare('INSERT INTO article_originals (article_id, bytes, byte_hash) VALUES (?, ?, ?)').run(id, Buffer.from('orig'), `b-${version}`);
    old.close();

    const db = openDatabase(file);
    assert.equal(schemaVersion(db), LATEST_SCHEMA_VERSION, `from version ${version}`);
    assert.equal((db.prepare('SELECT title FROM articles WHERE id = ?').get(id) as { title: string }).title, 'Pipeline talks');
    assert.equal(db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'stalled'").all().length, 1, `searchable after migrating from ${version}`);
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    db.close();
    assert.ok(fs.existsSync(path.join(dir, 'library.sqlite.before-migration')), `backup made before migrating from ${version}`);
  }
});
