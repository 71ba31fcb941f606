// `parallax import --keep-near-duplicates` and `parallax reclean`, as a terminal sees them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { startCore } from '../../core';
import { importPaths } from '../../core/library/import-paths';
import { storeOlderCleanerText } from '../../testing/older-cleaner-text';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';

const CLI = path.join(__dirname, '..', 'main.ts');
const parallax = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', timeout: 60_000 });

test('near-duplicates are skipped unless --keep-near-duplicates; reclean --all and <id>', () => {
  const lib = tempDir();
  const sample = path.join(SAMPLE_CORPUS, '000_662a1b50f96ecb48.txt');
  const dir = tempDir();
  const lightlyEdited = fs.readFileSync(sample, 'utf8').trim().split(/\n\s*\n/).slice(0, -1).join('\n\n');
  fs.writeFileSync(path.join(dir, 'copy.md'), lightlyEdited);
  assert.equal(parallax(['import', sample, '--library', lib]).status, 0);

  const skipped = parallax(['import', path.join(dir, 'copy.md'), '--library', lib]);
  assert.equal(skipped.status, 0, skipped.stderr);
  assert.match(skipped.stdout, /skipped, \d+% the same text as article 1 .*--keep-near-duplicates/);
  const kept = parallax(['import', path.join(dir, 'copy.md'), '--library', lib, '--keep-near-duplicates', '--json']);
  assert.equal(JSON.parse(kept.stdout).imported, 1);

  const all = parallax(['reclean', '--all', '--library', lib, '--json']);
  assert.equal(all.status, 0, all.stderr);
  assert.deepEqual(JSON.parse(all.stdout), { recleaned: [1, 2], failed: [], anchoring: [] });
  assert.match(parallax(['reclean', '2', '--library', lib]).stdout, /1 re-cleaned, 0 failed/);
  assert.equal(parallax(['reclean', '--library', lib]).status, 2);
  assert.equal(parallax(['reclean', '7', '--library', lib]).status, 1);
});

test('reclean says how highlights re-attached when the stored text differs from what the original cleans to', async () => {
  const lib = tempDir();
  const core = startCore({ libraryDir: lib, appVersion: 't' });
  const { db } = core.library;
  const id = (await importPaths(db, [path.join(SAMPLE_CORPUS, '001_2c1e48a54db9db98.txt')])).results[0]!.id!;
  const clean = (await core.api.getArticle({ id })).blocks;
  const { oldText, oldParagraph } = storeOlderCleanerText(db, id, clean);
  for (const quote of [
    clean[4]!.text.slice(0, 60), // moved: exact
    oldParagraph.slice(40, 150).replace(/^\S*\s/, '').replace(/\s\S*$/, ''), // reworded: approximate
    'Photo: Getty Images / Reuters', // gone: not found
  ]) {
    const start = oldText.indexOf(quote);
    assert.ok(start >= 0, quote);
    await core.api.createHighlight({ articleId: id, color: 'blue', start, end: start + quote.length });
  }
  core.close();

  const json = parallax(['reclean', String(id), '--library', lib, '--json']);
  assert.equal(json.status, 0, json.stderr);
  assert.deepEqual(JSON.parse(json.stdout), { recleaned: [id], failed: [], anchoring: [{ id, exact: 1, approximate: 1, orphaned: 1 }] });
  // Approximate highlights keep their selectors and orphans stay, so a second run says the same.
  const human = parallax(['reclean', '--all', '--library', lib]);
  assert.equal(human.status, 0, human.stderr);
  assert.equal(human.stdout, `1 re-cleaned, 0 failed\narticle ${id}: 3 highlights: 1 exact, 1 approximate, 1 not found — review in the app\n`);
});
