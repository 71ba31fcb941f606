// parallax backup / restore / export-annotations as a script sees them: real processes, real
// library folders, JSON output and exit codes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';

const CLI = path.join(__dirname, '..', 'main.ts');

function parallax(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
}

test('backup, then restore into an empty library; a second restore is refused unless --force', () => {
  const source = tempDir();
  assert.equal(parallax(['import', SAMPLE_CORPUS, '--library', source, '--json']).code, 0);
  const file = path.join(tempDir(), 'lib.parallax-backup');
  const backup = parallax(['backup', file, '--library', source, '--json']);
  assert.equal(backup.code, 0, backup.stderr);
  assert.equal(backup.json().manifest.rowCounts.articles, 5);

  const target = tempDir();
  const restored = parallax(['restore', file, '--library', target, '--json']);
  assert.equal(restored.code, 0, restored.stderr);
  assert.equal(restored.json().rowCounts.article_originals, 5);
  const again = parallax(['restore', file, '--library', target, '--json']);
  assert.notEqual(again.code, 0);
  assert.match(again.json().error.message, /not empty/);
  assert.equal(parallax(['restore', file, '--library', target, '--force']).code, 0);
  assert.deepEqual(parallax(['list', '--library', target, '--json']).json(), parallax(['list', '--library', source, '--json']).json());
});

test('export-annotations gives JSON-LD or Markdown; a bad format is a usage error', () => {
  const lib = tempDir();
  parallax(['import', SAMPLE_CORPUS, '--library', lib]);
  const jsonld = parallax(['export-annotations', '--format', 'jsonld', '--library', lib, '--json']);
  assert.equal(jsonld.code, 0, jsonld.stderr);
  assert.equal(jsonld.json().document['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(parallax(['export-annotations', '--library', lib, '--json']).json().format, 'markdown');
  assert.equal(parallax(['export-annotations', '--format', 'pdf', '--library', lib]).code, 2);
});
