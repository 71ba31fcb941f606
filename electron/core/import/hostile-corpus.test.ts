// The whole hostile-input corpus imported into a library that already holds an article: every file is
// either imported cleanly or rejected with a specific code and reason, nothing crashes or hangs (each
// file has a deadline), no script, javascript: or handler text survives, and the old article is untouched.
// Committed cases live in fixtures/hostile/; big or odd ones (100 MB, 5 MB line, deep nesting, PDFs,
// symlink loops, strange names, a FIFO) are made in a temp folder here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { startCore } from '..';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { getArticle } from '../library/articles';
import { importSource } from '../library/import-into-library';
import { importPaths } from '../library/import-paths';
import { makePdf } from './fixtures/make-pdf';

const HOSTILE = path.join(__dirname, 'fixtures', 'hostile');
const ARTICLE = 'Beijing and Moscow signed a thirty-year agreement on Friday to supply natural gas through a new pipeline. Officials on both sides described it as a turning point for their partnership, and analysts agreed.';
const LONG_NAME = `${'x'.repeat(240)}.txt`;

/** What each file must come to: 'imported', or the rejection code. */
const EXPECTED: Record<string, string> = {
  'articles.zip': 'UNSUPPORTED_FORMAT',
  'bidi-and-zero-width.txt': 'imported',
  'billion-laughs.xhtml': 'imported',
  'binary-renamed.txt': 'NOT_AN_ARTICLE',
  'broken-entities.html': 'imported',
  'controls-only.txt': 'NOT_AN_ARTICLE',
  'empty.txt': 'NOT_AN_ARTICLE',
  'forms-and-inputs.html': 'imported',
  'hostile.md': 'imported',
  'invalid-utf8.txt': 'imported',
  'iso-8859-2-polish.txt': 'imported',
  'mhtml-hostile.mht': 'imported',
  'no-extension': 'UNSUPPORTED_FORMAT',
  'no-html-part.mhtml': 'NOT_AN_ARTICLE',
  'png-renamed.html': 'NOT_AN_ARTICLE',
  'quote-bomb.md': 'imported',
  'report.docx': 'UNSUPPORTED_FORMAT',
  'scripts-handlers-frames.html': 'imported',
  'style-url-imports.html': 'imported',
  'svg-mathml-payloads.html': 'imported',
  'twelve-bytes.txt': 'NOT_AN_ARTICLE',
  'unclosed-tags.html': 'imported',
  'unknown.xyz': 'UNSUPPORTED_FORMAT',
  'utf16-be-bom.txt': 'imported',
  'utf16-le-bom.txt': 'imported',
  'windows-1250-romanian.txt': 'imported',
  // generated below
  'huge-100mb.txt': 'FILE_TOO_LARGE',
  'one-5mb-line.txt': 'imported',
  'nested-10000.html': 'imported',
  'no-text-layer.pdf': 'NOT_AN_ARTICLE',
  'truncated.pdf': 'DECODE_FAILED',
  'encrypted.pdf': 'DECODE_FAILED',
  'self-loop.txt': 'READ_FAILED',
  again: 'READ_FAILED',
  'line\nbreak.txt': 'imported',
  'știri – ünïcødé 🗞.txt': 'imported',
  [LONG_NAME]: 'imported',
  'dots..in...name.txt': 'imported',
  'inside-a-folder-named-like-a-file.txt': 'imported',
  'named-pipe.txt': 'READ_FAILED',
};

const FORBIDDEN = /<script|javascript:|vbscript:|data:text|\bon(?:error|load|click|mouseover)\b|alert\(|SCRIPT|IFRAME CONTENT|OBJECT CONTENT|NOSCRIPT|TEMPLATE CONTENT|SVG (?:SCRIPT|FOREIGN)|FORM VALUE|TEXTAREA|BUTTON CONTENT|STYLE CONTENT|tracker\.example|evil\.example/;

function makeGeneratedCases(dir: string): string[] {
  const inputs = [dir];
  const write = (name: string, data: string | Uint8Array) => fs.writeFileSync(path.join(dir, name), data);
  const huge = path.join(dir, 'huge-100mb.txt');
  fs.writeFileSync(huge, 'x');
  fs.truncateSync(huge, 100 * 1024 * 1024); // sparse: cheap on disk
  write('one-5mb-line.txt', Array.from({ length: 900_000 }, (_, i) => `w${i.toString(36)}`).join(' '));
  write('nested-10000.html', `<html><body>${'<div>'.repeat(10_000)}<p>${ARTICLE}</p>${'</div>'.repeat(10_000)}</body></html>`);
  write('no-text-layer.pdf', makePdf({ pages: [{ lines: [] }, { lines: [] }] }));
  const pdf = makePdf({ pages: [{ lines: [ARTICLE.slice(0, 90), ARTICLE.slice(90)] }] });
  write('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length * 0.6)));
  write('encrypted.pdf', makePdf({ pages: [{ lines: [ARTICLE] }], encrypted: true }));
  fs.symlinkSync('self-loop.txt', path.join(dir, 'self-loop.txt'));
  fs.mkdirSync(path.join(dir, 'loop'));
  fs.symlinkSync('..', path.join(dir, 'loop', 'again'));
  write('line\nbreak.txt', `A headline with a newline\n\n${ARTICLE.replace('Friday', 'Monday')}`);
  write('știri – ünïcødé 🗞.txt', `Știri\n\n${ARTICLE.replace('Friday', 'Tuesday')}`);
  write(LONG_NAME, ARTICLE.replace('Friday', 'Wednesday'));
  fs.mkdirSync(path.join(dir, 'sub'));
  write('dots..in...name.txt', ARTICLE.replace('Friday', 'Thursday'));
  inputs.push(path.join(dir, 'sub', '..', 'dots..in...name.txt')); // named again through "..": imported once
  fs.mkdirSync(path.join(dir, 'folder.html'));
  fs.writeFileSync(path.join(dir, 'folder.html', 'inside-a-folder-named-like-a-file.txt'), ARTICLE.replace('Friday', 'Saturday'));
  try {
    execFileSync('mkfifo', [path.join(dir, 'named-pipe.txt')]); // reading it would block forever
  } catch {
    delete EXPECTED['named-pipe.txt'];
  }
  return inputs;
}

test('the hostile corpus: clean import or a specific rejection for every file, and the library unharmed', { timeout: 300_000 }, async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const db = core.library.db;
  const known = await importSource(db, { name: 'known.txt', bytes: fs.readFileSync(path.join(SAMPLE_CORPUS, '003_2a691994ea76d15d.txt')) });
  const snapshot = () => [
    db.prepare('SELECT * FROM articles WHERE id = ?').get(known.id),
    db.prepare('SELECT * FROM article_originals WHERE article_id = ?').get(known.id),
    db.prepare('SELECT * FROM articles_fts WHERE rowid = ?').get(known.id),
  ];
  const before = snapshot();

  const generated = tempDir();
  const inputs = [HOSTILE, ...makeGeneratedCases(generated)];
  assert.ok(Object.keys(EXPECTED).length >= 25);
  const started = Date.now();
  // Some cases are one-word variants of one article; near-duplicate policy is tested on its own.
  const report = await importPaths(db, inputs, { timeoutMs: 20_000, keepNearDuplicates: true });
  assert.ok(Date.now() - started < 240_000, 'no file hung the import');

  const verdicts = new Map<string, string>();
  for (const r of report.results) {
    const name = path.basename(r.file);
    if (r.status === 'duplicate') {
      assert.equal(name, 'dots..in...name.txt', `only the file named twice is a duplicate (${r.file})`);
      continue;
    }
    const verdict = r.status === 'imported' ? 'imported' : r.code!;
    assert.ok(!verdicts.has(name), `one result for ${JSON.stringify(name)}`);
    verdicts.set(name, verdict);
    if (r.status === 'rejected') {
      assert.notEqual(r.code, 'INTERNAL', `${name}: ${r.reason}`);
      assert.ok(r.reason && r.reason.length >= 10 && !/\n\s+at /.test(r.reason), `${name}: a specific human reason, not a stack (${r.reason})`);
    }
  }
  assert.deepEqual(Object.fromEntries([...verdicts].sort()), Object.fromEntries(Object.entries(EXPECTED).sort()));

  for (const r of report.results.filter((x) => x.status === 'imported')) {
    const a = getArticle(db, r.id!);
    const stored = JSON.stringify([a.title, a.subtitle, a.authors, a.outlet, a.url, a.blocks.map((b) => b.text)]);
    assert.doesNotMatch(stored, FORBIDDEN, path.basename(r.file));
    for (const s of a.blocks.flatMap((b) => b.spans ?? [])) if (s.href) assert.match(s.href, /^https?:\/\//, `${r.file}: ${s.href}`);
    if (a.url) assert.match(a.url, /^https?:\/\//);
  }
  assert.deepEqual(snapshot(), before, 'the article that was there before is byte-identical');
  core.close();
});

test('an uploaded name with "../" is only a label: the stored source name has no path', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const report = await core.api.importUploads({ files: [{ name: '../../etc/passwd.txt', dataBase64: Buffer.from(ARTICLE).toString('base64') }] });
  assert.equal(report.imported, 1);
  const article = getArticle(core.library.db, report.results[0]!.id!);
  assert.equal(article.sourceName, 'passwd.txt');
  core.close();
});
