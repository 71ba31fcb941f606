import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../core/app/renderer-assets';
import {
  appResponseHeaders,
  mimeTypeFor,
  resolveAppRequest,
  type AppFileLookup,
} from './app-protocol-files';

const root = path.resolve('/srv/parallax/dist/renderer');

function fileOf(lookup: AppFileLookup): string {
  assert.equal(lookup.kind, 'file', JSON.stringify(lookup));
  return lookup.kind === 'file' ? lookup.filePath : '';
}

function statusOf(lookup: AppFileLookup): number {
  assert.equal(lookup.kind, 'refused', JSON.stringify(lookup));
  return lookup.kind === 'refused' ? lookup.status : 0;
}

test('serves files under the renderer folder', () => {
  assert.equal(fileOf(resolveAppRequest('app://parallax/', root)), path.join(root, 'index.html'));
  assert.equal(fileOf(resolveAppRequest('app://parallax/index.html', root)), path.join(root, 'index.html'));
  assert.equal(
    fileOf(resolveAppRequest('app://parallax/assets/index-Bx1.js?v=2#top', root)),
    path.join(root, 'assets', 'index-Bx1.js'),
  );
  assert.equal(fileOf(resolveAppRequest('app://parallax/assets/a%20b.css', root)), path.join(root, 'assets', 'a b.css'));
  assert.equal(fileOf(resolveAppRequest('app://parallax/', root, { method: 'HEAD' })), path.join(root, 'index.html'));
});

test('extension-less paths may fall back to index.html; files may not', () => {
  const route = resolveAppRequest('app://parallax/article/42', root);
  assert.equal(route.kind === 'file' && route.fallbackToIndex, true);
  const asset = resolveAppRequest('app://parallax/assets/missing.js', root);
  assert.equal(asset.kind === 'file' && asset.fallbackToIndex, false);
});

test('dot segments are resolved by the URL parser and can never leave the folder', () => {
  // "..", "%2e%2e" and ".%2E" are resolved before we see the path; the result stays inside root.
  for (const url of [
    'app://parallax/../../../etc/passwd',
    'app://parallax/%2e%2e/%2e%2e/etc/passwd',
    'app://parallax/assets/.%2E/.%2e/.%2e/etc/passwd',
  ]) {
    const file = fileOf(resolveAppRequest(url, root));
    assert.equal(file, path.join(root, 'etc', 'passwd'), url);
  }
});

test('encoded separators, NULs and drive letters are refused', () => {
  for (const url of [
    'app://parallax/..%2f..%2fpackage.json',
    'app://parallax/%2e%2e%2f%2e%2e%2fpackage.json',
    'app://parallax/assets%2f..%2f..%2f..%2fpackage.json',
    'app://parallax/..%5c..%5cpackage.json',
    'app://parallax/index.html%00.png',
    'app://parallax/C:%5cWindows%5cwin.ini',
    'app://parallax/C:/Windows/win.ini',
    'app://parallax//etc/passwd',
    'app://parallax/a//b.js',
  ]) {
    assert.equal(statusOf(resolveAppRequest(url, root)), 403, url);
  }
  assert.equal(statusOf(resolveAppRequest('app://parallax/%E0%A4%A', root)), 400);
});

test('the Windows rules hold too', () => {
  const winRoot = 'C:\\Program Files\\Parallax\\resources\\app.asar\\dist\\renderer';
  const ok = resolveAppRequest('app://parallax/assets/x.js', winRoot, { pathApi: path.win32 });
  assert.equal(ok.kind === 'file' && ok.filePath, `${winRoot}\\assets\\x.js`);
  for (const url of ['app://parallax/..%5C..%5Cx', 'app://parallax/%5C%5Cserver%5Cshare', 'app://parallax/D:x.js']) {
    assert.equal(statusOf(resolveAppRequest(url, winRoot, { pathApi: path.win32 })), 403, url);
  }
});

test('other hosts, schemes, ports and methods are refused', () => {
  assert.equal(statusOf(resolveAppRequest('app://other/index.html', root)), 403);
  assert.equal(statusOf(resolveAppRequest('app://parallax:99/index.html', root)), 403);
  assert.equal(statusOf(resolveAppRequest('https://parallax/index.html', root)), 403);
  assert.equal(statusOf(resolveAppRequest('app://parallax/index.html', root, { method: 'POST' })), 405);
  assert.equal(statusOf(resolveAppRequest('::::', root)), 400);
});

test('MIME types and the CSP header', () => {
  assert.equal(mimeTypeFor('/x/index.html'), 'text/html; charset=utf-8');
  assert.equal(mimeTypeFor('/x/a.JS'), 'text/javascript; charset=utf-8');
  assert.equal(mimeTypeFor('/x/a.css'), 'text/css; charset=utf-8');
  assert.equal(mimeTypeFor('/x/a.woff2'), 'font/woff2');
  assert.equal(mimeTypeFor('/x/a.svg'), 'image/svg+xml');
  assert.equal(mimeTypeFor('/x/a.unknown'), 'application/octet-stream');
  const headers = appResponseHeaders('/x/index.html');
  assert.equal(headers['Content-Security-Policy'], CONTENT_SECURITY_POLICY);
  assert.equal(headers['X-Content-Type-Options'], 'nosniff');
  assert.equal(
    CONTENT_SECURITY_POLICY,
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
      "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
});
