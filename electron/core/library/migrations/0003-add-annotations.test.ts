import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from '../../../testing/temp-dir';
import { openDatabase } from '../database';
import { migrate, schemaVersion } from '../migrate';
import { MIGRATIONS } from '.';

test('migrating a schema-2 library with articles adds empty annotation tables and keeps the articles', () => {
  const file = path.join(tempDir(), 'library.sqlite');
  const v2 = new BetterSqlite3(file);
  migrate(v2, { migrations: MIGRATIONS.slice(0, 2) });
  v2.prepare(
    `INSERT INTO articles (title, blocks_json, body, word_count, content_hash, source_name, source_format, imported_at, updated_at)
     VALUES ('Gas station economy', '[]', 'Russia is not much more than a gas station', 8, 'h1', 'a.txt', 'txt', 'now', 'now')`,
  ).run();
  v2.close();

  const db = openDatabase(file);
  assert.ok(schemaVersion(db) >= 3);
  assert.equal((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, 1);
  const insert = db.prepare(
    `INSERT INTO highlights (article_id, color, quote_exact, position_start, position_end, created_at, updated_at)
     VALUES (?, ?, 'gas station', 31, 42, 'now', 'now')`,
  );
  insert.run(1, 'yellow');
  assert.throws(() => insert.run(1, 'orange'), /CHECK/, 'only the five named colours');
  assert.throws(() => insert.run(99, 'yellow'), /FOREIGN KEY/, 'highlights belong to an article');
  db.prepare("INSERT INTO notes (article_id, highlight_id, body, created_at, updated_at) VALUES (1, 1, 'n', 'now', 'now')").run();
  assert.throws(
    () => db.prepare("INSERT INTO notes (article_id, highlight_id, body, created_at, updated_at) VALUES (1, 1, 'again', 'now', 'now')").run(),
    /UNIQUE/,
    'one note per highlight',
  );
  db.prepare('DELETE FROM articles WHERE id = 1').run();
  assert.equal((db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n, 0, 'cascade');
  db.close();
});
