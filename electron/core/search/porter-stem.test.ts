import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { SAMPLE_CORPUS } from '../../testing/temp-dir';
import { porterStem } from './porter-stem';

test('stems every word of the sample corpus exactly as SQLite FTS5 porter does', () => {
  const words = new Set<string>(['generalization', 'hopping', 'agreed', 'ponies', 'caresses', 'happy', 'sky', 'rate', 'controll', 'by', 'abc123s']);
  for (const f of fs.readdirSync(SAMPLE_CORPUS)) {
    for (const w of fs.readFileSync(path.join(SAMPLE_CORPUS, f), 'utf8').toLowerCase().match(/[a-z0-9]+/g) ?? []) words.add(w);
  }
  const list = [...words];
  const db = new BetterSqlite3(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter unicode61 remove_diacritics 2');
           CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');`);
  const insert = db.prepare('INSERT INTO t(rowid, x) VALUES (?, ?)');
  db.transaction(() => list.forEach((w, i) => insert.run(i + 1, w)))();
  const rows = db.prepare('SELECT term, doc FROM v').all() as { term: string; doc: number }[];
  db.close();
  assert.ok(rows.length > 1000);
  const wrong = rows.filter((r) => porterStem(list[r.doc - 1]!) !== r.term).map((r) => `${list[r.doc - 1]} → ${r.term}`);
  assert.deepEqual(wrong, []);
});
