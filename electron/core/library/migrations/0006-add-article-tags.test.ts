import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from '../../../testing/temp-dir';
import { migrate, schemaVersion } from '../migrate';
import { MIGRATIONS } from '.';

test('0006 adds article tags to a library with articles; tags go with their article', () => {
  const db = new BetterSqlite3(path.join(tempDir(), 'library.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version < 6) });
  db.prepare(
    `INSERT INTO articles (title, blocks_json, body, word_count, content_hash, source_name, source_format, imported_at, updated_at)
     VALUES ('Sanctions', '[]', 'The Kremlin answered', 3, 'h1', 'a.txt', 'txt', 'now', 'now')`,
  ).run();
  migrate(db);
  assert.ok(schemaVersion(db) >= 6);
  const insert = db.prepare('INSERT INTO article_tags (article_id, tag) VALUES (?, ?)');
  insert.run(1, 'energy');
  assert.throws(() => insert.run(1, 'energy'), /UNIQUE|PRIMARY/);
  assert.throws(() => insert.run(9, 'energy'), /FOREIGN KEY/);
  db.prepare('DELETE FROM articles WHERE id = 1').run();
  assert.equal(db.prepare('SELECT count(*) FROM article_tags').pluck().get(), 0);
  db.close();
});
