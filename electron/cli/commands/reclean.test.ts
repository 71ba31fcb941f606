// `parallax import --keep-near-duplicates` and `parallax reclean`, as a terminal sees them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
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
  assert.deepEqual(JSON.parse(all.stdout), { recleaned: [1, 2], failed: [] });
  assert.match(parallax(['reclean', '2', '--library', lib]).stdout, /1 re-cleaned, 0 failed/);
  assert.equal(parallax(['reclean', '--library', lib]).status, 2);
  assert.equal(parallax(['reclean', '7', '--library', lib]).status, 1);
});
