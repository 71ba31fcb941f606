import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { API_METHODS } from '../../shared/api-methods';
import { startCore, type Core } from '../core';
import { tempDir } from '../testing/temp-dir';
import { startServer, type RunningServer } from './server';
import { resolveStaticPath } from './static-files';

describe('parallax serve', () => {
  let core: Core;
  let server: RunningServer;
  let cookie: string;
  const renderer = tempDir();
  const libraryDir = tempDir();

  before(async () => {
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Parallax</title>');
    core = startCore({ libraryDir, appVersion: 'test' });
    server = await startServer({ handlers: core.handlers, rendererDir: renderer, port: 0 });
    const res = await fetch(server.url, { redirect: 'manual' });
    assert.equal(res.status, 303);
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  });
  after(async () => {
    await server.close();
    core.close();
  });

  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  test('listens on loopback only and prints a URL with a token', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  test('the token in the URL becomes an HttpOnly SameSite cookie; the page needs it', async () => {
    assert.match(cookie, /^parallax_token=/);
    assert.equal((await fetch(`${server.origin}/`)).status, 401);
    const page = await fetch(`${server.origin}/`, { headers: { cookie } });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal((await fetch(`${server.origin}/?token=wrong`, { redirect: 'manual' })).status, 401);
  });

  test('API calls without the token are refused', async () => {
    const res = await api('getLibraryInfo', {}, { cookie: '' });
    assert.equal(res.status, 401);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'UNAUTHORIZED');
  });

  test('requests from another origin are refused (cross-site request forgery)', async () => {
    const res = await api('getLibraryInfo', {}, { origin: 'http://evil.example' });
    assert.equal(res.status, 403);
  });

  test('requests addressed to another host name are refused (DNS rebinding)', async () => {
    const http = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      http.get({ host: '127.0.0.1', port: server.port, path: '/', headers: { host: `evil.example:${server.port}`, cookie } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
    });
    assert.equal(status, 421);
  });

  test('a valid call answers with a Result value', async () => {
    const res = await api('getLibraryInfo', {});
    assert.equal(res.status, 200);
    const body = (await res.json()) as { ok: boolean; value: { articleCount: number } };
    assert.equal(body.ok, true);
    assert.equal(body.value.articleCount, 0);
  });

  test('every method answers malformed input with a typed INVALID_INPUT error', async () => {
    for (const method of API_METHODS) {
      const res = await api(method, { unexpected: ['junk'], id: 'not-a-number' });
      assert.equal(res.status, 400, method);
      const body = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
      assert.equal(body.ok, false);
      assert.equal(body.error.code, 'INVALID_INPUT', method);
      assert.match(body.error.message, new RegExp(method));
    }
  });

  test('bodies that are not JSON, unknown methods and GET on the API are refused cleanly', async () => {
    assert.equal((await api('listArticles', '{not json')).status, 400);
    assert.equal((await api('dropAllTables', {})).status, 404);
    assert.equal((await fetch(`${server.origin}/api/listArticles`, { headers: { cookie } })).status, 405);
  });

  test('a request body over the size limit is refused before it is read', async () => {
    const http = await import('node:http');
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/importUploads',
          headers: { host: `127.0.0.1:${server.port}`, cookie, 'content-type': 'application/json', 'content-length': String(200 * 1024 * 1024) },
        },
        (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write('{"files": [');
    });
    assert.equal(answer.status, 400);
    assert.equal(JSON.parse(answer.body).error.code, 'FILE_TOO_LARGE');
  });

  test('a missing article is a NOT_FOUND error with a human message', async () => {
    const res = await api('getArticle', { id: 999 });
    assert.equal(res.status, 404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    assert.deepEqual(body.error, { code: 'NOT_FOUND', message: 'There is no article 999 in this library.' });
  });
});

test('static files never resolve outside the renderer folder', () => {
  const root = path.resolve('/srv/renderer');
  assert.equal(resolveStaticPath(root, '/'), path.join(root, 'index.html'));
  assert.equal(resolveStaticPath(root, '/assets/app.js'), path.join(root, 'assets', 'app.js'));
  assert.equal(resolveStaticPath(root, '/../etc/passwd'), null);
  assert.equal(resolveStaticPath(root, '/%2e%2e/%2e%2e/etc/passwd'), null);
  assert.equal(resolveStaticPath(root, '/..%2f..%2fetc/passwd'), null);
  assert.equal(resolveStaticPath(root, '/a%00.js'), null);
  assert.equal(resolveStaticPath(root, '/%E0%A4%A'), null);
});
