import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from '../../../testing/temp-dir';
import { migrate, schemaVersion } from '../migrate';
import { MIGRATIONS } from '.';

test('0005 adds reading progress to a library with articles, which start unread, and drops it with its article', () => {
  const db = new BetterSqlite3(path.join(tempDir(), 'library.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version < 5) });
  db.prepare(
    `INSERT INTO articles (title, authors_text, blocks_json, body, word_count, content_hash, source_name, source_format, imported_at, updated_at)
     VALUES ('Sanctions', '', '[]', 'The Kremlin answered', 3, 'h1', 'a.txt', 'txt', 'now', 'now')`,
  ).run();
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= 5) });
  assert.equal(schemaVersion(db), 5);
  assert.equal(db.prepare('SELECT count(*) FROM reading_progress').pluck().get(), 0);
  db.prepare("INSERT INTO reading_progress (article_id, status, progress, position, updated_at) VALUES (1, 'reading', 0.4, 0.3, 'now')").run();
  assert.throws(() => db.prepare("INSERT INTO reading_progress (article_id, status, progress, position, updated_at) VALUES (1, 'skimmed', 2, 0, 'now')").run());
  db.prepare('DELETE FROM articles WHERE id = 1').run();
  assert.equal(db.prepare('SELECT count(*) FROM reading_progress').pluck().get(), 0);
  db.close();
});
