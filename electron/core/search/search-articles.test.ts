import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import { tempDir } from '../../testing/temp-dir';
import { insertArticle } from '../library/articles';
import { openLibrary } from '../library/library';
import { MAX_COMPLETIONS } from './prefix-expansion';
import { searchArticles } from './search-articles';

interface Draft {
  title: string;
  body: string;
  authors?: string[];
  outlet?: string;
  publishedAt?: string | null;
  language?: string | null;
}

function add(db: Database, d: Draft): number {
  const hash = crypto.createHash('sha256').update(d.title + d.body).digest('hex');
  return insertArticle(db, {
    title: d.title, subtitle: null, authors: d.authors ?? [], outlet: d.outlet ?? null,
    publishedAt: d.publishedAt === undefined ? '2022-02-04' : d.publishedAt, url: null,
    language: d.language === undefined ? 'en' : d.language,
    blocks: [{ type: 'paragraph', text: d.body }], body: d.body, wordCount: d.body.split(/\s+/).length,
    contentHash: hash, sourceName: `${d.title}.txt`, sourceFormat: 'txt', original: Buffer.from(d.body), originalHash: hash,
  });
}

function library() {
  const lib = openLibrary({ dir: tempDir() });
  const db = lib.db;
  const ids = {
    kremlin: add(db, { title: 'Kremlin answers the West', body: 'The Kremlin said sanctions would fail. Moscow and the Kremlin agree.', publishedAt: '2021-12-20' }),
    xi: add(db, { title: 'Beijing summit', body: 'Xi Jinping met Vladimir Putin by video link. Jinping spoke first.', publishedAt: '2022-02-04', authors: ['Mălina Mîndruțescu'] }),
    gas: add(db, { title: 'Energy', body: 'Russia is a gas station with a flag. The station sells gas to Europe.', publishedAt: '2022-03-01', language: 'en-GB' }),
    scattered: add(db, { title: 'Markets', body: 'The gas price rose. Near the border a station was closed.', publishedAt: '2023-05-05' }),
    undated: add(db, { title: 'Undated sanctions note', body: 'A note about a sanction regime.', publishedAt: null, language: 'fr' }),
  };
  return { db, ids, close: () => lib.close() };
}

const idsOf = (r: { hits: { id: number }[] }) => r.hits.map((h) => h.id);

test('date filters bound published_at and leave out unknown dates only when given', () => {
  const { db, ids, close } = library();
  assert.deepEqual(idsOf(searchArticles(db, 'sanctions')).sort(), [ids.kremlin, ids.undated].sort());
  assert.deepEqual(idsOf(searchArticles(db, 'sanctions after:2021-01-01')), [ids.kremlin]);
  assert.deepEqual(idsOf(searchArticles(db, 'gas year:2022')), [ids.gas]);
  assert.deepEqual(idsOf(searchArticles(db, 'gas after:2023')), [ids.scattered]);
  assert.deepEqual(idsOf(searchArticles(db, 'gas before:2022-03-01')), []);
  assert.deepEqual(idsOf(searchArticles(db, 'gas before:2022-03-02')), [ids.gas]);
  close();
});

test('lang: matches language codes and their regional variants', () => {
  const { db, ids, close } = library();
  assert.deepEqual(idsOf(searchArticles(db, 'gas lang:en')).sort(), [ids.gas, ids.scattered].sort());
  assert.deepEqual(idsOf(searchArticles(db, 'sanction lang:french')), [ids.undated]);
  close();
});

test('a query of only filters lists matching articles, newest first', () => {
  const { db, ids, close } = library();
  const r = searchArticles(db, 'year:2022');
  assert.deepEqual(idsOf(r), [ids.gas, ids.xi]);
  assert.equal(r.total, 2);
  close();
});

test('malformed filters and tag: become notices, never exceptions', () => {
  const { db, close } = library();
  const bad = searchArticles(db, 'gas after:2022-13-45 lang:12 tag:energy before:');
  assert.equal(bad.total, 2);
  assert.equal(bad.notices?.length, 4);
  assert.match(bad.notices![0]!, /after:2022-13-45.*use a date like/);
  assert.match(bad.notices!.join(' '), /no tags yet/);
  const empty = searchArticles(db, 'gas after:2023 before:2022');
  assert.equal(empty.total, 0);
  assert.match(empty.notices![0]!, /No date is both/);
  assert.match(searchArticles(db, '!!! ***').notices![0]!, /Type a word/);
  close();
});

test('typos are corrected against indexed words, and the person is told', () => {
  const { db, ids, close } = library();
  const kremlin = searchArticles(db, 'Kremiln');
  assert.deepEqual(idsOf(kremlin), [ids.kremlin]);
  assert.deepEqual(kremlin.corrections, [{ from: 'Kremiln', to: 'kremlin' }]);
  assert.match(kremlin.notices![0]!, /Showing results for "kremlin"/);
  assert.deepEqual(idsOf(searchArticles(db, 'Jinpin Putin')), [ids.xi]);
  // Correct words and quoted phrases are left alone.
  assert.equal(searchArticles(db, 'Kremlin').corrections, undefined);
  assert.equal(searchArticles(db, '"Kremiln"').total, 0);
  close();
});

test('diacritics either way, stemming and case', () => {
  const { db, ids, close } = library();
  assert.deepEqual(idsOf(searchArticles(db, 'Mindrutescu')), [ids.xi]);
  assert.deepEqual(idsOf(searchArticles(db, 'author:MÎNDRUȚESCU')), [ids.xi]);
  assert.deepEqual(idsOf(searchArticles(db, 'sanction')).sort(), [ids.kremlin, ids.undated].sort());
  assert.deepEqual(idsOf(searchArticles(db, 'KREMLIN')), [ids.kremlin]);
  close();
});

test('an exact phrase ranks above the same words scattered; date sort puts newest first', () => {
  const { db, ids, close } = library();
  assert.deepEqual(idsOf(searchArticles(db, 'gas station')), [ids.gas, ids.scattered]);
  assert.deepEqual(idsOf(searchArticles(db, 'gas station', { sort: 'date' })), [ids.scattered, ids.gas]);
  close();
});

test('exclusions alone are refused with a helpful message', () => {
  const { db, close } = library();
  assert.throws(() => searchArticles(db, '-gas'), /at least one word/);
  close();
});

test('words of articles added after the vocabulary was built are corrected to as well', () => {
  const { db, close } = library();
  assert.equal(searchArticles(db, 'Kremiln').total, 1); // builds and saves the vocabulary
  const id = add(db, { title: 'Mutiny', body: 'Yevgeny Prigozhin marched on Moscow.' });
  const r = searchArticles(db, 'Prigozhn');
  assert.deepEqual(idsOf(r), [id]);
  assert.deepEqual(r.corrections, [{ from: 'Prigozhn', to: 'prigozhin' }]);
  close();
});

test('a prefix with very many completions is searched as its most common ones, and says so', () => {
  const { db, close } = library();
  const words = Array.from({ length: 40 }, (_, i) => `stat${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`);
  add(db, { title: 'Many words', body: words.join(' ') });
  const r = searchArticles(db, 'stat*');
  assert.ok(r.total >= 1);
  assert.match(r.notices![0]!, new RegExp(`matches 4\\d different words; searching the ${MAX_COMPLETIONS} most common`));
  close();
});

test('each hit carries a snippet from its own article (regression: REAL rowid binding in FTS5)', async () => {
  const { startCore, importSampleCorpusOnce } = await import('..');
  const { SAMPLE_CORPUS } = await import('../../testing/temp-dir');
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  await importSampleCorpusOnce(core, SAMPLE_CORPUS);
  const { hits } = await core.api.search({ query: 'Putin' });
  assert.equal(hits.length, 5);
  assert.equal(new Set(hits.map((h) => h.snippet)).size, 5, 'five different snippets');
  for (const h of hits) {
    const article = await core.api.getArticle({ id: h.id });
    const text = article.blocks.map((b) => b.text).join('\n\n');
    const plain = h.snippet.split('\u0002').join('').split('\u0003').join('').replace(/^…|…$/g, '').trim();
    assert.ok(text.includes(plain.slice(0, 40)), `snippet of ${h.id} comes from its own text`);
  }
  core.close();
});

test('highlights and notes join the one ranked list and say where they matched', () => {
  const { db, ids, close } = library();
  const now = '2024-01-01T00:00:00Z';
  const highlight = db
    .prepare(
      `INSERT INTO highlights (article_id, color, quote_exact, position_start, position_end, created_at, updated_at)
       VALUES (?, 'yellow', 'Xi Jinping met Vladimir Putin', 0, 29, ?, ?)`,
    )
    .run(ids.xi, now, now).lastInsertRowid;
  db.prepare('INSERT INTO notes (article_id, highlight_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    ids.gas, null, 'Compare with the **Beijing** strategies of #energy', now, now,
  );
  assert.ok(highlight);
  const strategy = searchArticles(db, 'strategy');
  assert.deepEqual(idsOf(strategy), [ids.gas], 'found through its note alone (stemmed: strategies)');
  assert.deepEqual(strategy.hits[0]!.matchedIn, ['notes']);
  assert.equal(strategy.total, 1);
  const beijing = searchArticles(db, 'beijing');
  assert.deepEqual(idsOf(beijing), [ids.xi, ids.gas], 'the title match first, then the note');
  assert.deepEqual(beijing.hits[1]!.matchedIn, ['notes']);
  const putin = searchArticles(db, 'putin met');
  assert.deepEqual(idsOf(putin), [ids.xi]);
  assert.deepEqual(putin.hits[0]!.matchedIn, ['body', 'highlights']);
  assert.deepEqual(idsOf(searchArticles(db, 'strategy -beijing')), [], 'exclusions apply to annotations too');
  assert.deepEqual(idsOf(searchArticles(db, 'strategy before:2022-01-01')), [], 'and filters');
  assert.deepEqual(idsOf(searchArticles(db, 'strategy', { sort: 'date' })), [ids.gas]);
  close();
});
