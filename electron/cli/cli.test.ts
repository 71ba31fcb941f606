// The CLI as a user and a script see it: real process, real library folder, real sample files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { SAMPLE_CORPUS, tempDir } from '../testing/temp-dir';

const CLI = path.join(__dirname, 'main.ts');

function parallax(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
}

describe('parallax CLI on the sample corpus', () => {
  const lib = tempDir();
  const L = ['--library', lib];

  test('import stores the five sample articles, and importing again stores nothing twice', () => {
    const first = parallax(['import', SAMPLE_CORPUS, ...L, '--json']);
    assert.equal(first.code, 0, first.stderr);
    const report = first.json();
    assert.equal(report.imported, 5);
    assert.equal(report.rejected, 0);
    assert.ok(report.results.every((r: { status: string; id: number }) => r.status === 'imported' && r.id > 0));

    const again = parallax(['import', SAMPLE_CORPUS, ...L, '--json']);
    assert.equal(again.code, 0);
    const second = again.json();
    assert.deepEqual([second.imported, second.duplicates], [0, 5]);
    assert.match(second.results[0].reason, /already in the library/);
  });

  test('list --json gives every article with its stable fields', () => {
    const { code, json } = parallax(['list', ...L, '--json']);
    assert.equal(code, 0);
    const { articles } = json();
    assert.equal(articles.length, 5);
    for (const a of articles) {
      for (const key of ['id', 'title', 'authors', 'outlet', 'publishedAt', 'url', 'language', 'wordCount', 'sourceName', 'sourceFormat', 'importedAt']) {
        assert.ok(key in a, `list item has ${key}`);
      }
      assert.ok(a.wordCount > 200, `${a.sourceName} has its words`);
    }
    const titles = articles.map((a: { title: string }) => a.title);
    assert.ok(titles.includes('How Western pressure is pushing China and Russia ever closer'));
  });

  test('list in a terminal shows a table, unknown metadata said plainly', () => {
    const { code, stdout } = parallax(['list', ...L, '--sort', 'title']);
    assert.equal(code, 0);
    assert.match(stdout, /^ID\s+TITLE\s+OUTLET\s+AUTHOR\s+DATE\s+WORDS/);
    assert.match(stdout, /unknown outlet/);
  });

  test('show --json gives the clean article with blocks and plain text', () => {
    const { articles } = parallax(['list', ...L, '--json']).json();
    const first = articles[0];
    const { code, json } = parallax(['show', String(first.id), ...L, '--json']);
    assert.equal(code, 0);
    const { article } = json();
    assert.equal(article.id, first.id);
    assert.ok(article.blocks.length > 5);
    assert.equal(typeof article.text, 'string');
    assert.doesNotMatch(article.text, /Verifica Menajeria|Photo source:/);
  });

  test('search finds the articles that mention the Olympics and not the others', () => {
    const { code, json } = parallax(['search', 'Olympics', ...L, '--json']);
    assert.equal(code, 0);
    const result = json();
    const files = new Set(
      result.hits.map((h: { id: number }) => parallax(['show', String(h.id), ...L, '--json']).json().article.sourceName),
    );
    assert.deepEqual([...files].sort(), ['000_662a1b50f96ecb48.txt', '002_8c61eab635a33c70.txt', '003_2a691994ea76d15d.txt']);
    assert.equal(result.total, 3);
    assert.ok(result.hits.every((h: { snippet: string }) => h.snippet.includes('\u0002')));
  });

  test('search --batch answers one JSON line per query, errors included', () => {
    const batch = path.join(lib, 'queries.txt');
    fs.writeFileSync(batch, '"gas station"\nNord Stream\n-only\n');
    const { code, stdout } = parallax(['search', '--batch', batch, ...L]);
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    assert.equal(lines[0].query, '"gas station"');
    assert.equal(lines[0].total, 1);
    assert.equal(lines[1].total, 1);
    assert.equal(lines[2].error.code, 'INVALID_INPUT');
  });

  test('extract shows what would be stored without storing it', () => {
    const before = parallax(['list', ...L, '--json']).json().articles.length;
    const { code, json } = parallax(['extract', path.join(SAMPLE_CORPUS, '003_2a691994ea76d15d.txt'), '--json', ...L]);
    assert.equal(code, 0);
    const x = json();
    assert.equal(x.format, 'txt');
    assert.equal(typeof x.title, 'string');
    assert.ok(Array.isArray(x.blocks) && Array.isArray(x.removed) && Array.isArray(x.authors));
    assert.equal(parallax(['list', ...L, '--json']).json().articles.length, before);
  });
});

describe('parallax CLI on bad input', () => {
  const lib = tempDir();
  const L = ['--library', lib];

  test('an unknown article id: exit 1 and one clear line on stderr', () => {
    const r = parallax(['show', '999', ...L]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'parallax: There is no article 999 in this library.\n');
  });

  test('usage mistakes exit 2 with a reason', () => {
    assert.equal(parallax(['frobnicate', ...L]).code, 2);
    assert.equal(parallax(['show', 'abc', ...L]).code, 2);
    const r = parallax(['list', '--bogus', ...L]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^parallax: .*bogus/);
  });

  test('rejected files exit 3 and say why, per file', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'report.docx'), 'PK\u0003\u0004 not really');
    const r = parallax(['import', path.join(dir, 'report.docx'), path.join(dir, 'missing.txt'), ...L, '--json']);
    assert.equal(r.code, 3);
    const report = r.json();
    assert.equal(report.rejected, 2);
    assert.match(r.stderr, /report\.docx: .*(unsupported|binary)/i);
    assert.match(r.stderr, /missing\.txt: no such file/);
  });

  test('a --library that is not a Parallax library is refused and left untouched', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'library.sqlite'), 'not a database');
    const r = parallax(['list', '--library', dir, '--json']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /not a Parallax library/);
    assert.equal(r.json().error.code, 'LIBRARY_ERROR');
    assert.equal(fs.readFileSync(path.join(dir, 'library.sqlite'), 'utf8'), 'not a database');
  });

  test('PARALLAX_LIBRARY chooses the library when --library is absent', () => {
    const dir = tempDir();
    const r = parallax(['list', '--json'], { PARALLAX_LIBRARY: dir });
    assert.equal(r.code, 0);
    assert.deepEqual(r.json(), { articles: [] });
    assert.ok(fs.existsSync(path.join(dir, 'library.sqlite')));
  });
});
