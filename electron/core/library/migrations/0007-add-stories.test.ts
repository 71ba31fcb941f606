import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from '../../../testing/temp-dir';
import { migrate, schemaVersion } from '../migrate';
import { MIGRATIONS } from '.';

test('0007 adds story tables to a library with articles; deleting an article drops its rows', () => {
  const db = new BetterSqlite3(path.join(tempDir(), 'library.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version < 7) });
  db.prepare(
    `INSERT INTO articles (title, authors_text, blocks_json, body, word_count, content_hash, source_name, source_format, imported_at, updated_at)
     VALUES ('Summit', '', '[]', 'Xi met Putin', 3, 'h1', 'a.txt', 'txt', 'now', 'now')`,
  ).run();
  migrate(db);
  assert.ok(schemaVersion(db) >= 7);
  db.prepare("INSERT INTO story_vectors (article_id, article_updated_at, features_json, minhash) VALUES (1, 'now', '{}', x'00')").run();
  db.prepare("INSERT INTO stories (id, created_at, updated_at, summary_json) VALUES (1, 'now', 'now', '{}')").run();
  db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (1, 1)').run();
  db.prepare("INSERT INTO story_minhash_bands (band_key, article_id) VALUES ('0:1', 1)").run();
  db.prepare('DELETE FROM articles WHERE id = 1').run();
  for (const table of ['story_vectors', 'story_articles', 'story_minhash_bands']) {
    assert.equal(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), 0, table);
  }
  assert.equal(db.prepare('SELECT summary_json FROM stories WHERE id = 1').pluck().get(), null);
  db.close();
});
