import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from '../../../testing/temp-dir';
import { migrate, schemaVersion } from '../migrate';
import { MIGRATIONS } from '.';

test('0008 adds article versions to a schema-7 library with articles and stories; versions go with their article', () => {
  const db = new BetterSqlite3(path.join(tempDir(), 'library.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= 7) });
  assert.equal(schemaVersion(db), 7);
  db.prepare(
    `INSERT INTO articles (title, outlet, url, authors_text, blocks_json, body, word_count, content_hash, source_name, source_format, imported_at, updated_at)
     VALUES ('Summit', 'Courier', 'https://c.example/a', '', '[{"type":"paragraph","text":"Xi met Putin"}]', 'Xi met Putin', 3, 'h1', 'a.html', 'html', '2024-01-01', '2024-01-01')`,
  ).run();
  db.prepare("INSERT INTO stories (id, created_at, updated_at, summary_json) VALUES (1, 'now', 'now', '{}')").run();
  db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (1, 1)').run();
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= 8) });
  assert.equal(schemaVersion(db), 8);
  assert.equal(db.prepare('SELECT title FROM articles WHERE id = 1').pluck().get(), 'Summit', 'articles untouched');
  assert.equal(db.prepare('SELECT count(*) FROM story_articles').pluck().get(), 1, 'stories untouched');
  db.prepare(
    `INSERT INTO article_versions (article_id, version, title, blocks_json, body, word_count, content_hash, source_name, source_format, imported_at, superseded_at)
     VALUES (1, 1, 'Summit', '[]', 'Xi met Putin.', 3, 'h0', 'a-old.html', 'html', '2024-01-01', '2024-01-02')`,
  ).run();
  assert.throws(() =>
    db.prepare(
      `INSERT INTO article_versions (article_id, version, blocks_json, body, word_count, content_hash, source_name, source_format, imported_at, superseded_at)
       VALUES (1, 1, '[]', '', 0, 'h', 'x', 'html', 'now', 'now')`,
    ).run(),
  );
  const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM articles WHERE url = 'https://c.example/a'").all() as { detail: string }[];
  assert.ok(plan.some((p) => p.detail.includes('articles_by_url')), 'URL lookups use the index');
  db.prepare('DELETE FROM articles WHERE id = 1').run();
  assert.equal(db.prepare('SELECT count(*) FROM article_versions').pluck().get(), 0);
  db.close();
});
