import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from '../../../testing/temp-dir';
import { migrate, schemaVersion } from '../migrate';
import { MIGRATIONS } from '.';

test('0004 indexes the words of existing articles, unstemmed and folded, and logs later changes', () => {
  const db = new BetterSqlite3(path.join(tempDir(), 'library.sqlite'));
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version < 4) });
  db.prepare(
    `INSERT INTO articles (title, authors_text, blocks_json, body, word_count, content_hash, source_name, source_format, imported_at, updated_at)
     VALUES ('Sanctions', 'Mălina Mîndruțescu', '[]', 'The Kremlin answered', 3, 'h1', 'a.txt', 'txt', 'now', 'now')`,
  ).run();
  migrate(db);
  assert.ok(schemaVersion(db) >= 4);
  const terms = db.prepare('SELECT term FROM search_terms_vocab ORDER BY term').pluck().all();
  assert.deepEqual(terms, ['answered', 'kremlin', 'malina', 'mindrutescu', 'sanctions', 'the']);

  db.prepare("UPDATE articles SET body = 'Moscow answered' WHERE id = 1").run();
  assert.deepEqual(db.prepare('SELECT term FROM search_terms_vocab ORDER BY term').pluck().all(), ['answered', 'malina', 'mindrutescu', 'moscow', 'sanctions']);
  db.prepare('DELETE FROM articles WHERE id = 1').run();
  assert.equal(db.prepare('SELECT count(*) FROM search_terms_vocab').pluck().get(), 0);
  assert.deepEqual(db.prepare('SELECT article_id FROM search_changes ORDER BY seq').pluck().all(), [1, 1]);
  db.close();
});
