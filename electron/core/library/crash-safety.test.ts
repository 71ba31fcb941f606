// Durability: a bulk import killed with SIGKILL at random moments never leaves a damaged library,
// a half-stored article, a search index out of step, or a lost article that was there before.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { importSampleCorpusOnce, startCore } from '..';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';

const CLI = path.join(__dirname, '..', '..', 'cli', 'main.ts');
const KILLS = 20;

/** A folder of distinct articles made from the samples' paragraphs (seeded, reproducible). */
function makeArticles(dir: string, count: number): void {
  const paragraphs = fs
    .readdirSync(SAMPLE_CORPUS)
    .flatMap((f) => fs.readFileSync(path.join(SAMPLE_CORPUS, f), 'utf8').split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.split(' ').length > 25);
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < count; i++) {
    const body = Array.from({ length: 8 }, () => paragraphs[next() % paragraphs.length]).join('\n\n');
    fs.writeFileSync(path.join(dir, `article-${i}.txt`), `Report number ${i} on the partnership\n\n${body}\n\nDispatch ${i}.`);
  }
}

function countArticles(file: string): number {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/**
 * Starts a bulk import in a child process and kills it with SIGKILL at a random moment after it has
 * begun storing articles (so the kill lands mid-import, whatever the machine's speed).
 */
function killDuringImport(libraryDir: string, filesDir: string, extraDelayMs: number, stored: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'import', filesDir, '--library', libraryDir, '--json'], { stdio: 'ignore' });
    const file = path.join(libraryDir, 'library.sqlite');
    let done = false;
    const deadline = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const poll = setInterval(() => {
      if (done) return;
      let now = stored;
      try {
        now = countArticles(file);
      } catch {
        return; // busy: try again
      }
      if (now > stored) {
        clearInterval(poll);
        setTimeout(() => child.kill('SIGKILL'), extraDelayMs);
      }
    }, 25);
    child.once('exit', () => {
      done = true;
      clearInterval(poll);
      clearTimeout(deadline);
      resolve();
    });
  });
}

interface Annotated {
  highlights: { id: number; article_id: number; color: string; quote_exact: string }[];
  notes: { id: number; body: string }[];
}

function readAnnotations(db: BetterSqlite3.Database): Annotated {
  return {
    highlights: db.prepare('SELECT id, article_id, color, quote_exact FROM highlights ORDER BY id').all() as Annotated['highlights'],
    notes: db.prepare('SELECT id, body FROM notes ORDER BY id').all() as Annotated['notes'],
  };
}

function checkLibrary(file: string, before: Map<number, string>, annotated: Annotated): number {
  const db = new BetterSqlite3(file);
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    const orphans = db
      .prepare('SELECT count(*) AS n FROM articles a LEFT JOIN article_originals o ON o.article_id = a.id WHERE o.article_id IS NULL')
      .get() as { n: number };
    assert.equal(orphans.n, 0, 'every article has its original bytes');
    db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run();
    const indexed = (db.prepare('SELECT count(*) AS n FROM articles_fts').get() as { n: number }).n;
    const articles = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    assert.equal(indexed, articles, 'search index agrees with the articles table');
    for (const [id, body] of before) {
      const row = db.prepare('SELECT body FROM articles WHERE id = ?').get(id) as { body: string } | undefined;
      assert.equal(row?.body, body, `article ${id} from before is intact`);
    }
    assert.deepEqual(readAnnotations(db), annotated, 'every highlight and note made before is intact');
    return articles;
  } finally {
    db.close();
  }
}

test(`a bulk import killed ${KILLS} times at random moments loses nothing and half-stores nothing`, { timeout: 240_000 }, async () => {
  const libraryDir = tempDir();
  const filesDir = tempDir();
  makeArticles(filesDir, 400);

  const core = startCore({ libraryDir, appVersion: 't' });
  await importSampleCorpusOnce(core, SAMPLE_CORPUS);
  const before = new Map<number, string>();
  for (const row of core.library.db.prepare('SELECT id, body FROM articles').all() as { id: number; body: string }[]) before.set(row.id, row.body);
  const [first, second] = [...before.keys()];
  await core.api.createHighlight({ articleId: first!, start: 0, end: 40, color: 'yellow', note: 'Key claim #sanctions' });
  await core.api.createHighlight({ articleId: second!, start: 10, end: 80, color: 'blue' });
  await core.api.saveArticleNote({ articleId: second!, body: 'Compare with the other outlets.' });
  const annotated = readAnnotations(core.library.db);
  core.close();
  assert.equal(annotated.highlights.length, 2);
  assert.equal(annotated.notes.length, 2);
  assert.equal(before.size, 5);

  let seed = 7;
  let last = 5;
  for (let i = 0; i < KILLS; i++) {
    seed = (seed * 48271) % 2147483647;
    await killDuringImport(libraryDir, filesDir, seed % 400, last);
    const count = checkLibrary(path.join(libraryDir, 'library.sqlite'), before, annotated);
    assert.ok(count >= last, 'articles committed before a kill are still there');
    last = count;
  }
  assert.ok(last > 5, `imports made progress between kills (${last - 5} articles)`);
});
