import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../core/app/renderer-assets';
import { serveAppRequest } from './serve-app-request';

let base: string;
let rendererDir: string;

before(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-protocol-'));
  rendererDir = path.join(base, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Parallax</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.css'), 'body{}');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'outside the renderer folder');
});

after(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppRequest(new Request(url, { method }), rendererDir);

test('serves index.html with the CSP and the right type', async () => {
  const response = await get('app://parallax/');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  assert.equal(await response.text(), '<!doctype html><title>Parallax</title>');
});

test('serves assets by type; HEAD has no body', async () => {
  const js = await get('app://parallax/assets/app.js');
  assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal(await js.text(), 'console.log(1)');
  const css = await get('app://parallax/assets/app.css', 'HEAD');
  assert.equal(css.status, 200);
  assert.equal(css.headers.get('content-length'), '6');
  assert.equal(await css.text(), '');
});

test('missing assets are 404; extension-less routes get index.html', async () => {
  assert.equal((await get('app://parallax/assets/missing.js')).status, 404);
  const route = await get('app://parallax/article/42');
  assert.equal(route.status, 200);
  assert.match(await route.text(), /<title>Parallax<\/title>/);
});

test('nothing outside the renderer folder is reachable', async () => {
  for (const url of [
    'app://parallax/../secret.txt',
    'app://parallax/%2e%2e/secret.txt',
    'app://parallax/..%2fsecret.txt',
    'app://parallax/assets/..%2f..%2fsecret.txt',
    'app://parallax/..%5csecret.txt',
  ]) {
    const response = await get(url);
    assert.notEqual(response.status, 200, url);
    assert.doesNotMatch(await response.text(), /outside the renderer folder/, url);
  }
  assert.equal((await get('app://parallax/assets')).status, 200); // a folder: the SPA fallback, not a listing
  assert.equal((await get('app://parallax/index.html', 'POST')).status, 405);
});
