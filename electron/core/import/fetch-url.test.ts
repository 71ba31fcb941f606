import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startCore } from '..';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { getArticle } from '../library/articles';
import { importJobsFor } from '../jobs/import-jobs';
import { fetchUrl } from './fetch-url';

const SAMPLE = fs.readFileSync(path.join(SAMPLE_CORPUS, '002_8c61eab635a33c70.txt'));
let base = '';
const server = http.createServer((req, res) => {
  if (req.url === '/story.txt') return void res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(SAMPLE);
  if (req.url === '/moved') return void res.writeHead(301, { location: '/story.txt' }).end();
  if (req.url === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
  if (req.url === '/image') return void res.writeHead(200, { 'content-type': 'image/png' }).end('png');
  if (req.url === '/big') return void res.writeHead(200, { 'content-type': 'text/html' }).end('x'.repeat(5000));
  if (req.url === '/slow') return; // never answers
  res.writeHead(404, { 'content-type': 'text/plain' }).end('nope');
});
before(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

test('a link is fetched (following redirects) and imported with the link as its canonical URL', async () => {
  const fetched = await fetchUrl(`${base}/moved`);
  assert.equal(fetched.finalUrl, `${base}/story.txt`);
  assert.equal(fetched.name, 'story.txt');
  assert.deepEqual(Buffer.from(fetched.bytes), SAMPLE);

  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const { jobId } = await core.api.importUrl({ url: `${base}/moved` });
  const job = await importJobsFor(core.library.db).settled(jobId);
  const [item] = job.results;
  assert.equal(item!.status, 'imported', JSON.stringify(item));
  assert.equal(getArticle(core.library.db, item!.id!).url, `${base}/moved`);
  core.close();
});

test('a 404, a redirect loop, an image, a page over the cap and a non-http scheme are refused with reasons', async () => {
  await assert.rejects(fetchUrl(`${base}/missing`), /answered 404/);
  await assert.rejects(fetchUrl(`${base}/loop`), /redirected more than 5 times/);
  await assert.rejects(fetchUrl(`${base}/image`), /sent image\/png/);
  await assert.rejects(fetchUrl(`${base}/big`, { maxBytes: 1000 }), (e: Error & { code?: string }) => e.code === 'FILE_TOO_LARGE');
  await assert.rejects(fetchUrl('file:///etc/passwd'), /Only http and https/);
  await assert.rejects(fetchUrl('ftp://example.com/x'), /Only http and https/);
});

test('no answer within the limit, or nobody there: clear words, no stack', async () => {
  await assert.rejects(fetchUrl(`${base}/slow`, { timeoutMs: 300 }), /127\.0\.0\.1 did not answer within 0 seconds|did not answer within/);
  const closed = http.createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((r) => closed.close(r));
  await assert.rejects(fetchUrl(`http://127.0.0.1:${port}/x`), /You seem to be offline: could not reach 127\.0\.0\.1/);
});
