import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { startCore } from '..';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { importJobsFor } from '../jobs/import-jobs';
import { countArticles } from './articles';
import { entriesForPaths, importPaths } from './import-paths';
import { estimateJaccard, exactJaccard, signText } from './import-near-duplicates';

const SAMPLE = path.join(SAMPLE_CORPUS, '001_2c1e48a54db9db98.txt');

/** The sample as a saved web page: wrapped in HTML, its last paragraph gone, one sentence reworded. */
function htmlWrappingOfSample(): string {
  const paragraphs = fs.readFileSync(SAMPLE, 'utf8').trim().split(/\n\s*\n/);
  const [title, ...body] = paragraphs;
  const kept = body.slice(0, -1);
  kept[1] = `${kept[1]} The agency added a correction later that day.`;
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html><head><title>${esc(title!)}</title></head><body><nav><a href="/">Home</a></nav>
    <article><h1>${esc(title!)}</h1>${kept.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article>
    <footer>© News site</footer></body></html>`;
}

test('MinHash estimates track the exact Jaccard of shingles', () => {
  const text = fs.readFileSync(SAMPLE, 'utf8');
  const a = signText(text);
  const b = signText(text.replace(/\n\n[^\n]+\s*$/, ''));
  assert.ok(exactJaccard(a, b) > 0.8);
  assert.ok(Math.abs(estimateJaccard(a, b) - exactJaccard(a, b)) < 0.12);
  assert.ok(exactJaccard(a, signText(fs.readFileSync(path.join(SAMPLE_CORPUS, '004_e731bccc482f2f40.txt'), 'utf8'))) < 0.2);
});

test('the HTML of a stored text article is reported as a near-duplicate; Keep both / Skip decide', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const first = await importPaths(core.library.db, [SAMPLE]);
  assert.equal(first.imported, 1);
  const original = first.results[0]!.id!;
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'saved page.html'), htmlWrappingOfSample());
  fs.copyFileSync(path.join(dir, 'saved page.html'), path.join(dir, 'second copy.html'));
  fs.appendFileSync(path.join(dir, 'second copy.html'), '\n<!-- other bytes -->');

  const jobs = importJobsFor(core.library.db);
  const id = jobs.start(entriesForPaths([path.join(dir, 'saved page.html')]));
  const job = await jobs.settled(id);
  const [item] = job.results;
  assert.equal(item!.status, 'near-duplicate', JSON.stringify(item));
  assert.equal(item!.id, original);
  assert.match(item!.reason!, /% the same text as article/);
  assert.equal(countArticles(core.library.db), 1, 'nothing stored before the decision');

  const skipped = jobs.resolveNearDuplicate(id, item!.file, false);
  assert.equal(skipped.status, 'duplicate');
  assert.equal(countArticles(core.library.db), 1);
  assert.throws(() => jobs.resolveNearDuplicate(id, item!.file, true), /not waiting/);

  const second = await jobs.settled(jobs.start(entriesForPaths([path.join(dir, 'second copy.html')])));
  assert.equal(second.results[0]!.status, 'near-duplicate');
  const kept = jobs.resolveNearDuplicate(second.jobId, second.results[0]!.file, true);
  assert.equal(kept.status, 'imported');
  assert.equal(countArticles(core.library.db), 2);
  assert.equal(jobs.get(second.jobId).results[0]!.status, 'imported');

  const forced = await importPaths(core.library.db, [SAMPLE], { keepNearDuplicates: true });
  assert.equal(forced.duplicates, 1, 'exact duplicates stay duplicates even when near ones are kept');
  core.close();
});
