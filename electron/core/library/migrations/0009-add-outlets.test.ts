import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from '../../../testing/temp-dir';
import { migrate, schemaVersion } from '../migrate';
import { MIGRATIONS } from '.';

test('0009 adds outlets and links the existing articles by name and web domain', () => {
  const db = new BetterSqlite3(path.join(tempDir(), 'library.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version < 9) });
  const insert = db.prepare(
    `INSERT INTO articles (title, outlet, url, language, authors_text, blocks_json, body, word_count, content_hash, source_name, source_format, imported_at, updated_at)
     VALUES (?, ?, ?, ?, '', '[]', 'text', 1, ?, 'a.html', 'html', 'now', 'now')`,
  );
  insert.run('One', 'Daily Planet', 'https://www.dailyplanet.example/a', 'en', 'h1');
  insert.run('Two', null, 'https://dailyplanet.example/b', null, 'h2');
  insert.run('Three', null, null, null, 'h3');
  migrate(db);
  assert.ok(schemaVersion(db) >= 9);
  assert.deepEqual(db.prepare('SELECT name, language, country, ownership FROM outlets').all(), [
    { name: 'Daily Planet', language: 'en', country: null, ownership: null },
  ]);
  assert.deepEqual(db.prepare('SELECT domain FROM outlet_domains').pluck().all(), ['dailyplanet.example']);
  assert.deepEqual(db.prepare('SELECT article_id, outlet_id FROM article_outlets ORDER BY article_id').all(), [
    { article_id: 1, outlet_id: 1 },
    { article_id: 2, outlet_id: 1 },
    { article_id: 3, outlet_id: null },
  ]);
  db.prepare('DELETE FROM articles WHERE id = 1').run();
  assert.equal(db.prepare('SELECT count(*) FROM article_outlets').pluck().get(), 2);
  db.close();
});
