// `parallax outlets` as a user and a script see it: a real process on a real library with the
// sample corpus (no outlets: the samples name none) and two saved pages that name theirs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { OutletsOverview } from '../../../shared/outlets';
import { samplePage } from '../../core/outlets/fixtures/outlet-pages';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';

const CLI = path.join(__dirname, '..', 'main.ts');
const parallax = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', timeout: 60_000 });

test('parallax outlets lists only what the articles show; --json is { outlets, schemes }', () => {
  const lib = tempDir();
  const pages = tempDir();
  assert.equal(parallax(['import', SAMPLE_CORPUS, '--library', lib]).status, 0);
  let r = parallax(['outlets', '--library', lib]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /No outlets yet/);

  for (const [outlet, url] of [
    ['Daily Planet', 'https://www.dailyplanet.example/a'],
    ['Evening Star', 'https://eveningstar.example/b'],
  ] as const) {
    const page = samplePage({ sample: '002', outlet, url, date: '2021-12-08', variant: outlet, paragraphs: outlet === 'Daily Planet' ? [0, 6] : [6, 12] });
    fs.writeFileSync(path.join(pages, page.name), page.bytes);
  }
  assert.equal(parallax(['import', pages, '--library', lib]).status, 0);
  r = parallax(['outlets', '--library', lib, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const overview = OutletsOverview.parse(JSON.parse(r.stdout));
  assert.deepEqual(
    overview.outlets.map((o) => [o.name, o.domains, o.articleCount, o.language]),
    [
      ['Daily Planet', ['dailyplanet.example'], 1, 'en'],
      ['Evening Star', ['eveningstar.example'], 1, 'en'],
    ],
  );
  assert.deepEqual(overview.schemes, []);
  r = parallax(['outlets', '--library', lib]);
  assert.match(r.stdout, /#1 {2}Daily Planet {2}\(1 article\)\n {6}dailyplanet\.example · en\n/);
});
