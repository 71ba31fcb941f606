import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from '../../../testing/temp-dir';
import { migrate, schemaVersion } from '../migrate';
import { MIGRATIONS } from '.';

test('0010 indexes the titles and bylines of existing articles, and keeps them in step', () => {
  const db = new BetterSqlite3(path.join(tempDir(), 'library.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version < 10) });
  const insert = db.prepare(
    `INSERT INTO articles (title, authors_text, blocks_json, body, word_count, content_hash, source_name, source_format, imported_at, updated_at)
     VALUES (?, ?, '[]', ?, 1, ?, 'a.txt', 'txt', 'now', 'now')`,
  );
  insert.run('Kremlin answers the West', 'Anna Sommer', 'Nothing about summits here.', 'h1');
  insert.run('Beijing summit', 'Mălina Mîndruțescu', 'The Kremlin said little.', 'h2');
  migrate(db);
  assert.ok(schemaVersion(db) >= 10);
  const find = (q: string) => db.prepare('SELECT rowid FROM articles_title_fts WHERE articles_title_fts MATCH ? ORDER BY rowid').pluck().all(q);
  assert.deepEqual(find('kremlin'), [1], 'titles only, not bodies');
  assert.deepEqual(find('mindrutescu'), [2], 'bylines, accents folded');
  assert.deepEqual(find('summits'), [2], 'stemmed like the body index');
  insert.run('Summit ends', 'Anna Sommer', 'Body.', 'h3');
  db.prepare("UPDATE articles SET title = 'Moscow answers the West' WHERE id = 1").run();
  db.prepare('DELETE FROM articles WHERE id = 2').run();
  assert.deepEqual(find('summit'), [3]);
  assert.deepEqual(find('kremlin'), []);
  assert.deepEqual(find('moscow'), [1]);
  assert.deepEqual(find('sommer'), [1, 3]);
  db.close();
});
