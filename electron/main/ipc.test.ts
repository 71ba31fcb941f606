// ipc.ts against a stand-in `electron` (the real one cannot load in Node): every method is
// registered, untrusted senders get UNAUTHORIZED without reaching the core, trusted ones pass.
import assert from 'node:assert/strict';
import Module from 'node:module';
import { test } from 'node:test';
import { API_METHODS, ipcChannel } from '../../shared/api-methods';
import type { HandlerTable } from '../core/service/handlers';

type InvokeHandler = (event: unknown, input: unknown) => Promise<unknown>;
const registered = new Map<string, InvokeHandler>();
const fakeElectron = {
  ipcMain: {
    handle: (channel: string, handler: InvokeHandler) => registered.set(channel, handler),
    removeHandler: (channel: string) => registered.delete(channel),
  },
};
const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const realLoad = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'electron' ? fakeElectron : realLoad.call(this, request, ...rest);
};

const ownContents = { id: 1 };
const otherContents = { id: 2 };
const event = (sender: object, url: string | null, parent: object | null = null) => ({
  sender,
  senderFrame: url === null ? null : { url, parent },
});

async function setUp() {
  const { setupIpc } = require('./ipc') as typeof import('./ipc');
  const calls: Array<[string, unknown]> = [];
  const handlers = Object.fromEntries(
    API_METHODS.map((m) => [m, async (input: unknown) => (calls.push([m, input]), { ok: true, value: m })]),
  ) as unknown as HandlerTable;
  const dispose = setupIpc(handlers, (sender: unknown) => sender === ownContents);
  return { calls, dispose };
}

test('registers one channel per API method and removes them on dispose', async () => {
  const { dispose } = await setUp();
  assert.deepEqual([...registered.keys()].sort(), API_METHODS.map(ipcChannel).sort());
  dispose();
  assert.equal(registered.size, 0);
});

test('a call from our window reaches the handler with its input', async () => {
  const { calls, dispose } = await setUp();
  const answer = await registered.get(ipcChannel('getArticle'))!(event(ownContents, 'app://parallax/index.html'), { id: 7 });
  assert.deepEqual(answer, { ok: true, value: 'getArticle' });
  assert.deepEqual(calls, [['getArticle', { id: 7 }]]);
  dispose();
});

test('untrusted senders are answered UNAUTHORIZED and never reach the core', async () => {
  const { calls, dispose } = await setUp();
  const listArticles = registered.get(ipcChannel('listArticles'))!;
  const warn = console.warn;
  console.warn = () => {};
  for (const e of [
    event(otherContents, 'app://parallax/index.html'),
    event(ownContents, 'https://evil.example/'),
    event(ownContents, 'file:///tmp/x.html'),
    event(ownContents, 'app://parallax/index.html', { url: 'app://parallax/index.html' }), // a sub-frame
    event(ownContents, null),
  ]) {
    const answer = (await listArticles(e, {})) as { ok: boolean; error?: { code: string } };
    assert.equal(answer.ok, false);
    assert.equal(answer.error?.code, 'UNAUTHORIZED');
  }
  console.warn = warn;
  assert.deepEqual(calls, []);
  dispose();
});

test('a handler that throws is answered INTERNAL, not with its error', async () => {
  const { setupIpc } = require('./ipc') as typeof import('./ipc');
  const handlers = Object.fromEntries(
    API_METHODS.map((m) => [m, async () => { throw new Error('secret path /home/x'); }]),
  ) as unknown as HandlerTable;
  const errors = console.error;
  console.error = () => {};
  try {
    const dispose = setupIpc(handlers, () => true);
    const answer = await registered.get(ipcChannel('search'))!(event(ownContents, 'app://parallax/'), { query: 'x' });
    assert.deepEqual((answer as { error: { code: string } }).error.code, 'INTERNAL');
    assert.doesNotMatch(JSON.stringify(answer), /secret path/);
    dispose();
  } finally {
    console.error = errors;
  }
});
